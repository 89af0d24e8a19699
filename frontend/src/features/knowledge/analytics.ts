/** One article's numbers over the chosen days, as GET /knowledge/analytics answers them. */
export interface ArticleStats {
  articleId: string;
  title: string;
  language: string;
  status: string;
  views: number;
  agentViews: number;
  helpCenterViews: number;
  /** Agents' and help center visitors' answers together. */
  helped: number;
  notHelped: number;
  agentsHelped: number;
  agentsNotHelped: number;
  visitorsHelped: number;
  visitorsNotHelped: number;
  shown: number;
  used: number;
  /** used / shown; null when never shown. */
  usageRate: number | null;
}

export interface AnalyticsReport {
  from: string;
  to: string;
  articles: ArticleStats[];
}

export type StatsColumn = 'title' | 'views' | 'helped' | 'notHelped' | 'shown' | 'used' | 'usageRate';

/** Sorted by one column; never-shown articles (no usage rate) last either way, ties by title. */
export function sortStats(rows: ArticleStats[], column: StatsColumn, descending: boolean): ArticleStats[] {
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const byColumn = column === 'title' ? a.title.localeCompare(b.title) * direction
      : compareNumbers(a[column], b[column], direction);
    return byColumn !== 0 ? byColumn : a.title.localeCompare(b.title);
  });
}

function compareNumbers(a: number | null, b: number | null, direction: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a - b) * direction;
}
