import { describe, expect, it } from "vitest";
import {
  clientAddress,
  connectionAddress,
  CONNECTION_ADDRESS_HEADER,
  isLoopback,
  markConnectionCaptureInstalled,
  normaliseAddress,
} from "@/lib/http/request-meta";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  it("trusts no X-Forwarded-For without a configured proxy: the connection decides, else 'unknown'", () => {
    const forged = headers({ "x-forwarded-for": "203.0.113.1" });
    expect(clientAddress(forged, "192.0.2.7", 0)).toBe("192.0.2.7");
    expect(clientAddress(forged, null, 0)).toBe("unknown");
  });

  it("takes the Nth X-Forwarded-For entry from the right with N trusted proxies", () => {
    const chain = headers({ "x-forwarded-for": "10.9.9.9, 203.0.113.5, 198.51.100.2" });
    expect(clientAddress(chain, "192.0.2.1", 1)).toBe("198.51.100.2");
    expect(clientAddress(chain, "192.0.2.1", 2)).toBe("203.0.113.5");
  });

  it("falls back to the connection, never to a client-written entry, when the chain is short or junk", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.5" }), "192.0.2.1", 2)).toBe("192.0.2.1");
    expect(clientAddress(headers({}), "192.0.2.1", 1)).toBe("192.0.2.1");
    expect(clientAddress(headers({ "x-forwarded-for": "<script>, evil" }), "192.0.2.1", 1)).toBe("192.0.2.1");
  });

  it("normalises addresses and refuses anything else", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normaliseAddress("198.51.100.t-1234")).toBeNull();
    expect(normaliseAddress("x".repeat(60))).toBeNull();
    expect(normaliseAddress("")).toBeNull();
  });

  it("knows loopback addresses", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("127.1.2.3")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
    expect(isLoopback("unknown")).toBe(false);
  });

  it("ignores the connection-address header until the capture that owns it is installed", () => {
    const sent = headers({ [CONNECTION_ADDRESS_HEADER]: "127.0.0.1" });
    expect(connectionAddress(sent)).toBeNull();
    markConnectionCaptureInstalled();
    expect(connectionAddress(sent)).toBe("127.0.0.1");
  });
});
