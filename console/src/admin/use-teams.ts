import { useEffect, useState } from "preact/hooks";
import { adminApi, type Member } from "../api/admin-api.ts";
import { describeError } from "../api/api-error.ts";
import { teamApi, type RoutingDefaults, type Team } from "../api/team-api.ts";

export interface TeamsState {
  teams: Team[];
  defaults: RoutingDefaults | null;
  members: Member[];
  loading: boolean;
  error: string | null;
  reload(): Promise<void>;
}

/** Teams, the workspace's routing defaults and its members (with capacity), read together. */
export function useTeams(): TeamsState {
  const [teams, setTeams] = useState<Team[]>([]);
  const [defaults, setDefaults] = useState<RoutingDefaults | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    try {
      const [t, m] = await Promise.all([teamApi.list(), adminApi.members()]);
      setTeams(t.teams);
      setDefaults(t.defaults);
      setMembers(m.filter((x) => x.active));
      setError(null);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void reload(), []);
  return { teams, defaults, members, loading, error, reload };
}
