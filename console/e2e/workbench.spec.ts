import { expect, test } from '@playwright/test';
import { apiAs, checkPage, signIn } from './support';

interface Task {
  id: string;
  kind: string;
  title: string;
  link: string;
}

test.describe('待办工作台', () => {
  test('督办事项交办后出现在联络员的待办中，签收后离开', async ({ page, request }) => {
    const liaison = await apiAs(request, 'lly_st');
    const me = (await (await request.get('/api/auth/me', liaison)).json()) as { unitId: string };
    // 督查室 registers and assigns an item to 山头街道: a task for its liaison to 签收.
    const ducha = await apiAs(request, 'ducha_ky');
    const created = await request.post('/api/supervision/items', {
      ...ducha,
      data: { kind: 'special_inspection', title: '专项督查：冬季燃气安全隐患排查（浏览器测试）', content: '对辖区内燃气用户开展隐患排查，建立台账。', leadUnitId: me.unitId, coUnitIds: [] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const item = (await created.json()) as { id: string; title: string };

    const openTasks = async () => ((await (await request.get('/api/tasks?status=open&limit=100', liaison)).json()) as { items: Task[] }).items.filter((t) => t.link === `/supervision/items/${item.id}`);
    await expect.poll(async () => (await openTasks()).length, { timeout: 5_000 }).toBeGreaterThan(0);
    const [acknowledgeTask] = await openTasks();

    await signIn(page, 'lly_st');
    const rows = page.getByTestId('task-table').getByRole('link', { name: item.title });
    await expect(rows.first()).toBeVisible();
    await checkPage(page, 'workbench-with-task');

    await rows.first().click();
    await expect(page).toHaveURL(new RegExp(`/supervision/items/${item.id}$`));
    await page.getByTestId('acknowledge').click();
    await page.getByRole('button', { name: '签收', exact: true }).last().click();
    await expect(page.getByTestId('item-status')).toHaveText('已签收');

    // The 签收 task leaves the list within a second and the next step, reporting progress, takes its place. The two are
    // separate events, projected independently: wait for both before counting what the workbench shows.
    await expect.poll(async () => (await openTasks()).map((t) => t.id), { timeout: 1_000 }).not.toContain(acknowledgeTask.id);
    await expect.poll(async () => (await openTasks()).map((t) => t.kind), { timeout: 5_000 }).toEqual(['supervision_report']);
    await page.getByRole('menuitem', { name: '待办工作台' }).click();
    await expect(page.getByRole('heading', { name: '待办工作台' })).toBeVisible();
    await expect(page.getByTestId('task-table').getByRole('link', { name: item.title })).toHaveCount(1);
    await page.getByRole('tab', { name: '已办' }).click();
    await expect(page.getByTestId('task-table').getByRole('link', { name: item.title }).first()).toBeVisible();
    await checkPage(page, 'workbench-closed');
  });
});
