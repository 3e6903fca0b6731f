import { beforeEach, describe, expect, it, vi } from "vitest";
import { listClients } from "@/lib/clients/caseload";
import { testApiClient } from "../../support/api-client";
import { actorFor, createScenario } from "../../support/factories";
import { signInForRoutes } from "../../support/route-session";

// The clinician's client list marks discharged clients and couples (the "Discharged <date>" badge on
// /clients reads dischargedAt from this query); re-admission takes the mark away.

vi.mock("@/lib/auth/session", () => import("../../support/route-session"));

const api = testApiClient();
const id = (value: string) => ({ params: { path: { id: value } } });

beforeEach(() => signInForRoutes(null));

describe("discharged clients in the caseload list", () => {
  it("lists discharged individuals and couple partners with their discharge date, still in the caseload", async () => {
    const s = await createScenario();
    const clinician = actorFor(s.clinician);
    signInForRoutes(clinician);
    const before = await listClients(clinician);
    expect(before.individuals.find((c) => c.id === s.client.id)?.dischargedAt).toBeNull();

    const client = await api.POST("/api/v1/clients/{id}/discharge", {
      ...id(s.client.id),
      body: { confirm: "DISCHARGE" },
    });
    const couple = await api.POST("/api/v1/couples/{id}/discharge", {
      ...id(s.couple.id),
      body: { confirm: "DISCHARGE" },
    });
    expect([client.response.status, couple.response.status]).toEqual([200, 200]);

    const list = await api.GET("/api/v1/clients");
    expect(list.response.status).toBe(200);
    const individual = list.data!.individuals.find((c) => c.id === s.client.id);
    expect(individual?.dischargedAt).toBe(client.data!.clients[0]!.dischargedAt);
    const partners = list.data!.couples.find((c) => c.id === s.couple.id)?.partners ?? [];
    expect(partners).toHaveLength(2);
    expect(partners.every((p) => p.dischargedAt === couple.data!.clients[0]!.dischargedAt)).toBe(true);

    await api.POST("/api/v1/clients/{id}/readmit", id(s.client.id));
    const after = await listClients(clinician);
    expect(after.individuals.find((c) => c.id === s.client.id)?.dischargedAt).toBeNull();
    expect(after.couples.find((c) => c.id === s.couple.id)?.partners.every((p) => p.dischargedAt)).toBe(true);
  });
});
