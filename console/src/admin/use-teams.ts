import { adminApi, type Member } from "../api/admin-api.ts";
import { teamApi, type RoutingDefaults, type Team } from "../api/team-api.ts";
import { useLoaded } from "./use-loaded.ts";

export interface TeamsState {
  teams: Team[];
  defaults: RoutingDefaults | null;
  members: Member[];
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

async function load(): Promise<{ teams: Team[]; defaults: RoutingDefaults | null; members: Member[] }> {
  const [t, m] = await Promise.all([teamApi.list(), adminApi.members()]);
  return { teams: t.teams, defaults: t.defaults, members: m.filter((x) => x.active) };
}

/** Teams, the workspace's routing defaults and its active members (with capacity), read together. */
export function useTeams(): TeamsState {
  const loaded = useLoaded(load, { teams: [], defaults: null, members: [] });
  return { ...loaded.data, loading: loaded.loading, error: loaded.error, reload: loaded.reload };
}
