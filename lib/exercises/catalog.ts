import "server-only";
import { logWarn } from "@/lib/log";
import { loadAllPacks } from "./load-pack";

// What the library needs from the shipped packs at run time: the guide sections, in the guide's
// order, with their titles (exercise versions in the database store only the section id).
// Read from disk once per process; start-up has already validated the same files.

export type SectionInfo = { id: string; title: string; packSlug: string };

let cached: Promise<SectionInfo[]> | undefined;

async function load(): Promise<SectionInfo[]> {
  try {
    const packs = await loadAllPacks();
    const seen = new Set<string>();
    const sections: SectionInfo[] = [];
    for (const { pack } of packs) {
      for (const s of pack.sections) {
        if (seen.has(s.id)) continue;
        seen.add(s.id);
        sections.push({ id: s.id, title: s.title, packSlug: pack.slug });
      }
    }
    return sections;
  } catch (error) {
    // The library still works (titles fall back to the id), but custom exercises cannot be checked
    // against the guide's sections: say so once.
    logWarn("exercises.catalog_unavailable", {
      errorName: error instanceof Error ? error.name : typeof error,
    });
    cached = undefined;
    return [];
  }
}

export function getSections(): Promise<SectionInfo[]> {
  cached ??= load();
  return cached;
}

/** "what-breaks-trust" → "What breaks trust", for a section no pack describes. */
export function humanizeId(id: string): string {
  const text = id.replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sectionTitle(sections: readonly SectionInfo[], id: string): string {
  return sections.find((s) => s.id === id)?.title ?? humanizeId(id);
}
