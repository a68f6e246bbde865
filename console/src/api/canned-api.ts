import { z } from "zod";
import { apiRequest } from "./http.ts";
import { apiPath } from "./workspace-path.ts";

/** A canned response as worker/http/canned-routes.ts serves it. */
export const CannedResponse = z.object({
  id: z.string(),
  shortcut: z.string(),
  title: z.string(),
  text: z.string(),
  updatedAt: z.number(),
});
export type CannedResponse = z.infer<typeof CannedResponse>;

export interface CannedDraft {
  shortcut: string;
  title: string;
  text: string;
}

const List = z.object({ canned: z.array(CannedResponse) });
const One = z.object({ canned: CannedResponse });
const Ok = z.object({ ok: z.boolean() });
const one = (id: string) => apiPath(`/canned/${encodeURIComponent(id)}`);

/** Every member reads them; admins and owners write (the server checks). */
export const cannedApi = {
  async list(): Promise<CannedResponse[]> {
    return (await apiRequest("GET", apiPath("/canned"), List)).canned;
  },
  async create(draft: CannedDraft): Promise<CannedResponse> {
    return (await apiRequest("POST", apiPath("/canned"), One, { body: draft })).canned;
  },
  async update(id: string, draft: CannedDraft): Promise<CannedResponse> {
    return (await apiRequest("PUT", one(id), One, { body: draft })).canned;
  },
  async remove(id: string): Promise<void> {
    await apiRequest("DELETE", one(id), Ok);
  },
};
