import { exportMyDataOperation } from "@/lib/data-rights/operations";
import { exportMyData } from "@/lib/data-rights/export";
import { handle } from "@/lib/http/handle";

export const GET = handle(exportMyDataOperation, async ({ actor, meta }) => {
  const data = await exportMyData(actor, meta, "json");
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mend-my-data-${data.exportedAt.slice(0, 10)}.json"`,
    },
  });
});
