import type pg from 'pg';

/**
 * Backends waiting, directly or behind another waiter, on a lock the blocker holds: what a
 * concurrency test waits for before it lets the blocker go, so every contender has started.
 */
export async function waitingBehind(observer: pg.Client, blocker: number): Promise<number> {
  const { rows } = await observer.query<{ n: number }>(
    `with w as (select pid, pg_blocking_pids(pid) as b from pg_stat_activity
                where wait_event_type = 'Lock')
     select count(*)::int as n from w
     where w.b && array[$1]::int[]
        or exists (select 1 from w w2 where w2.b && array[$1]::int[] and w.b && array[w2.pid])`,
    [blocker],
  );
  return rows[0]?.n ?? 0;
}
