"use client";

import { useRouter } from "next/navigation";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { TwoFactorSetup } from "./two-factor-setup";

export function RequiredTwoFactorSetup() {
  const router = useRouter();
  return (
    <div className="flex flex-col gap-4">
      <TwoFactorSetup
        onFinished={() => {
          router.replace("/");
          router.refresh();
        }}
      />
      <div className="border-t border-line pt-3">
        <SignOutButton />
      </div>
    </div>
  );
}
