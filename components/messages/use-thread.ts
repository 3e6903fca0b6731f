"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import type { MessagePageDto } from "@/lib/messages/schemas";

// A thread's newest messages, polled so that new ones appear without a reload (every 5 seconds while
// the page is open; react-query pauses polling in a hidden tab and refetches on focus). When
// something unread from someone else is on screen, the thread is marked read.

export const POLL_MS = 5_000;

async function fetchPage(threadId: string): Promise<MessagePageDto> {
  const response = await fetch(`/api/v1/threads/${encodeURIComponent(threadId)}/messages?limit=50`, {
    headers: { Accept: "application/json" },
  });
  if (!response.ok) throw new Error(`messages ${response.status}`);
  return (await response.json()) as MessagePageDto;
}

export function threadQueryKey(threadId: string) {
  return ["thread-messages", threadId] as const;
}

export function useThread(threadId: string, initial: MessagePageDto) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: threadQueryKey(threadId),
    queryFn: () => fetchPage(threadId),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const marking = useRef(false);
  const unread = query.data.thread.unread;
  useEffect(() => {
    if (unread === 0 || marking.current || document.visibilityState !== "visible") return;
    marking.current = true;
    void fetch(`/api/v1/threads/${encodeURIComponent(threadId)}/read`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    })
      .catch(() => undefined)
      .finally(() => {
        marking.current = false;
      });
  }, [threadId, unread, query.dataUpdatedAt]);
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: threadQueryKey(threadId) }),
    [queryClient, threadId],
  );
  return { page: query.data, refresh };
}
