import type { ApiBody } from './api/client';

/** Every list answers with the server's one `meta` shape; the seasons list stands for all of them. */
export type ListMeta = ApiBody<'/api/v1/seasons'>['meta'];

export interface PageInfo {
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Page numbers start at 1 for people; the API speaks offset/limit. */
export function pageInfo({ total, limit, offset }: ListMeta): PageInfo {
  const size = Math.max(1, limit);
  const page = Math.floor(offset / size) + 1;
  const pages = Math.max(1, Math.ceil(total / size));
  return {
    page,
    pages,
    first: total === 0 ? 0 : Math.min(offset + 1, total),
    last: Math.min(offset + size, total),
    total,
    hasPrevious: offset > 0,
    hasNext: offset + size < total,
  };
}

export function offsetForPage(page: number, limit: number): number {
  return (Math.max(1, Math.floor(page)) - 1) * limit;
}

/** A page number from the URL; anything odd means page 1. */
export function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
