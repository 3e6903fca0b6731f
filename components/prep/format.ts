// Small wording helpers for the prep view and dashboard. Pure.
import { dateTimeFormat } from "@/lib/time/formatters";
import { formatDateTime } from "@/lib/time/zones";

// One way to say a first name, in pages and emails alike.
export { firstName } from "@/lib/text/names";

/** "Mar 2, 4:10 PM" in the viewer's zone (the page says which zone once). */
export function shortDateTime(iso: string, timeZone: string): string {
  return dateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** "Mar 2" */
export function shortDate(iso: string, timeZone: string): string {
  return dateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" }).format(new Date(iso));
}

/** "Tue, Mar 4, 3:00 PM CST" */
export function appointmentWhen(iso: string, timeZone: string): string {
  return formatDateTime(new Date(iso), timeZone);
}

/** "the partner who was hurt" from "The partner who was hurt". */
export function perspectiveWords(label: string): string {
  return label.replace(/^The /, "the ");
}

/** "4:10 PM" in the viewer's zone. */
export function clockTime(iso: string, timeZone: string): string {
  return dateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(iso));
}
