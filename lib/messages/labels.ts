/** A navigation label with the unread count in words ("Inbox (2 unread)"). Pure. */
export function unreadLabel(label: string, unread: number): string {
  return unread > 0 ? `${label} (${unread} unread)` : label;
}
