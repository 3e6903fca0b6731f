// One person's browser, as a cookie jar: its requests can go to any instance (as a load balancer
// would send them), always with the public origin, like pages served at that address.

export type SignInOutcome = "signed-in" | "refused" | "rate-limited";

export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly publicUrl: string) {}

  async fetch(
    instance: string,
    pathname: string,
    init: { method?: string; json?: unknown; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { origin: this.publicUrl };
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    let body: string | undefined;
    if (init.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(`${instance}${pathname}`, {
      method: init.method ?? "GET",
      headers,
      body,
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return response;
  }

  /** next-auth's CSRF token, then the credentials callback, as the sign-in form does it. */
  async signIn(instance: string, email: string, password: string): Promise<SignInOutcome> {
    const csrf = await this.fetch(instance, "/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await this.fetch(instance, "/api/auth/callback/credentials", {
      method: "POST",
      form: { csrfToken, email, password, callbackUrl: `${this.publicUrl}/`, json: "true" },
    });
    const { url } = (await response.json()) as { url: string };
    const error = new URL(url).searchParams.get("error");
    if (!error) return "signed-in";
    return error === "RateLimited" ? "rate-limited" : "refused";
  }

  /** The status of GET /api/v1/me on an instance, and who it says this is. */
  async me(instance: string): Promise<{ status: number; role?: string; id?: string }> {
    const response = await this.fetch(instance, "/api/v1/me");
    if (response.status !== 200) return { status: response.status };
    const me = (await response.json()) as { id: string; role: string };
    return { status: 200, role: me.role, id: me.id };
  }
}
