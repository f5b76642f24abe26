import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';

/** One page of a section: its console path (relative to the section), its menu title and who may open it. */
export interface SectionPage {
  /** Relative to the section's base path: '' for the section's first page, 'items/:id' for a detail. */
  path: string;
  name: string;
  title: string;
  component: () => Promise<Component | { default: Component }>;
  /** Any one of these permissions opens the page (none: everyone signed in). */
  permissions?: readonly string[];
  /** Shown in the left menu (details are not). */
  menu?: boolean;
}

/** A section of the left menu (督查督办, 公文办理 …), declared in `sections/<svc>/routes.ts` as its default export. */
export interface Section {
  key: string;
  title: string;
  /** Base path: '/supervision'. Task and notification links point below it. */
  base: string;
  /** Menu order (lower first). */
  order: number;
  pages: SectionPage[];
}

export function defineSection(section: Section): Section {
  return section;
}

const modules = import.meta.glob<{ default: Section }>('./*/routes.ts', { eager: true });

/** Every section found under sections/<svc>/routes.ts, in menu order: adding a section touches no shared file. */
export const sections: Section[] = Object.values(modules)
  .map((module) => module.default)
  .sort((a, b) => a.order - b.order);

export function sectionRoutes(): RouteRecordRaw[] {
  return sections.flatMap((section) =>
    section.pages.map((page) => ({
      path: `${section.base}${page.path ? `/${page.path}` : ''}`,
      name: page.name,
      component: page.component,
      meta: { title: page.title, permissions: page.permissions ?? [], section: section.key },
    })),
  );
}
