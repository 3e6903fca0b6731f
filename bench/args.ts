// Command-line flags of `npm run bench` and `npm run bench:faults` (pure: unit-tested).
import { DEFAULT_SIZES, type Sizes } from "./plan";

export type BenchOptions = {
  sizes: Sizes;
  /** The second run is this many times smaller (0: no second run). */
  smallFactor: number;
  /** Seconds of load per endpoint, per floor, and of unrecorded warm-up before each. */
  duration: number;
  floorDuration: number;
  warmup: number;
  connections: number;
  port: number;
  distDir: string;
  reuseBuild: boolean;
  keep: boolean;
  poolMax: number;
  out: string;
  updateBenchmarks: boolean;
  /** Measure only these endpoints (by key); empty: all of them. */
  only: string[];
  /** Write CPU profiles of the app server here (Node's --cpu-prof); undefined: none. */
  profileDir?: string;
  /** Lighthouse runs per page after the first size's load (0: no Lighthouse). */
  lighthouseRuns: number;
};

/** The endpoints `--only` may name. */
export const ENDPOINT_KEYS = ["home", "autosave", "dashboard", "prep", "list", "inbox"] as const;

export const BENCH_DEFAULTS: Omit<BenchOptions, "sizes"> = {
  smallFactor: 10,
  duration: 10,
  floorDuration: 5,
  warmup: 2,
  connections: 10,
  port: 3210,
  distDir: ".next-bench",
  reuseBuild: false,
  keep: false,
  poolMax: 10,
  out: "bench-results",
  updateBenchmarks: false,
  only: [],
  lighthouseRuns: 3,
};

export const BENCH_HELP = `npm run bench -- [flags]
  --clinicians N     (default ${DEFAULT_SIZES.clinicians})
  --clients N        (default ${DEFAULT_SIZES.clients})
  --couples N        (default ${DEFAULT_SIZES.couples})
  --assignments N    (default ${DEFAULT_SIZES.assignments}; about 6 prompt answers per answered copy)
  --small-factor F   second run with F times less data (default 10; 0 = only one size)
  --duration S       seconds of load per endpoint (default 10)
  --floor-duration S seconds per floor measurement (default 5)
  --warmup S         unrecorded seconds before each measurement (default 2)
  --connections N    concurrent connections / SQL workers (default 10)
  --port P           port of the production server (default 3210)
  --dist-dir DIR     build directory (default .next-bench)
  --reuse-build      reuse DIR when it holds a build
  --pool N           DATABASE_POOL_MAX of the server (default 10)
  --keep             keep the benchmark databases
  --out DIR          where results go (default bench-results)
  --only A,B         measure only these endpoints (${ENDPOINT_KEYS.join(", ")}); for trying a change
  --profile DIR      write CPU profiles of the server to DIR (open them in Chrome DevTools)
  --lighthouse-runs N  Lighthouse runs per page, median kept (default 3; 0 = no Lighthouse)
  --update-benchmarks  rewrite the generated part of BENCHMARKS.md (all endpoints only)`;

function positive(name: string, raw: string | undefined, allowZero = false): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isFinite(n) || n < 0 || (!allowZero && n === 0))
    throw new Error(`--${name} needs a ${allowZero ? "non-negative" : "positive"} number`);
  return n;
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...BENCH_DEFAULTS, sizes: { ...DEFAULT_SIZES } };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case "--clinicians":
      case "--clients":
      case "--couples":
      case "--assignments": {
        const key = flag.slice(2) as keyof Sizes;
        options.sizes[key] = Math.floor(positive(key, value(), key === "couples"));
        break;
      }
      case "--small-factor":
        options.smallFactor = positive("small-factor", value(), true);
        break;
      case "--duration":
        options.duration = positive("duration", value());
        break;
      case "--floor-duration":
        options.floorDuration = positive("floor-duration", value());
        break;
      case "--warmup":
        options.warmup = positive("warmup", value(), true);
        break;
      case "--connections":
        options.connections = Math.floor(positive("connections", value()));
        break;
      case "--port":
        options.port = Math.floor(positive("port", value()));
        break;
      case "--pool":
        options.poolMax = Math.floor(positive("pool", value()));
        break;
      case "--dist-dir": {
        const dir = value();
        if (!dir) throw new Error("--dist-dir needs a directory");
        options.distDir = dir;
        break;
      }
      case "--out": {
        const dir = value();
        if (!dir) throw new Error("--out needs a directory");
        options.out = dir;
        break;
      }
      case "--reuse-build":
        options.reuseBuild = true;
        break;
      case "--lighthouse-runs":
        options.lighthouseRuns = Math.floor(positive("lighthouse-runs", value(), true));
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--update-benchmarks":
        options.updateBenchmarks = true;
        break;
      case "--profile": {
        const dir = value();
        if (!dir) throw new Error("--profile needs a directory");
        options.profileDir = dir;
        break;
      }
      case "--only": {
        const keys = (value() ?? "")
          .split(",")
          .map((k) => k.trim())
          .filter(Boolean);
        const unknown = keys.filter((k) => !(ENDPOINT_KEYS as readonly string[]).includes(k));
        if (keys.length === 0 || unknown.length > 0)
          throw new Error(
            `--only takes endpoint names from: ${ENDPOINT_KEYS.join(", ")}${unknown.length ? ` (not ${unknown.join(", ")})` : ""}`,
          );
        options.only = keys;
        break;
      }
      default:
        throw new Error(`unknown flag ${flag}\n\n${BENCH_HELP}`);
    }
  }
  if (options.sizes.couples * 2 > options.sizes.clients)
    throw new Error("--couples can be at most half of --clients");
  if (options.sizes.clients < options.sizes.clinicians)
    throw new Error("--clients must be at least --clinicians");
  if (options.only.length > 0 && options.updateBenchmarks)
    throw new Error("--update-benchmarks records all the endpoints: leave out --only");
  if (options.smallFactor !== 0 && options.smallFactor < 1)
    throw new Error("--small-factor must be 0 or at least 1");
  return options;
}
