import { createRouter, createWebHistory } from 'vue-router';
import { sectionRoutes } from '@/sections/registry';
import { useSession } from '@/stores/session';

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    public?: boolean;
    permissions?: readonly string[];
    section?: string;
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('@/pages/LoginPage.vue'), meta: { title: '登录', public: true } },
    { path: '/password', name: 'password', component: () => import('@/pages/PasswordPage.vue'), meta: { title: '修改密码' } },
    {
      path: '/',
      component: () => import('@/layout/MainLayout.vue'),
      children: [
        { path: '', name: 'workbench', component: () => import('@/pages/WorkbenchPage.vue'), meta: { title: '待办工作台' } },
        { path: 'notifications', name: 'notifications', component: () => import('@/pages/NotificationsPage.vue'), meta: { title: '消息通知' } },
        { path: 'search', name: 'search', component: () => import('@/pages/SearchPage.vue'), meta: { title: '全文检索' } },
        ...sectionRoutes(),
        { path: ':rest(.*)*', name: 'not-found', component: () => import('@/pages/NotFoundPage.vue'), meta: { title: '页面不存在' } },
      ],
    },
  ],
});

router.beforeEach(async (to) => {
  const session = useSession();
  if (to.meta.public) return true;
  if (!session.me) {
    try {
      await session.loadMe();
    } catch {
      /* signed out below */
    }
  }
  if (!session.me) return { name: 'login', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (session.me.passwordChangeRequired && to.name !== 'password') return { name: 'password', query: { next: to.fullPath } };
  if (!session.can(...(to.meta.permissions ?? []))) return { name: 'workbench', query: { denied: String(to.meta.title ?? '') } };
  return true;
});

router.afterEach((to) => {
  document.title = `${to.meta.title ? `${to.meta.title} - ` : ''}区政府办公室协同办公平台`;
});
