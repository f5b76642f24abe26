import { expect, test } from '@playwright/test';
import { beijingToday, checkPage, choose, demoSeeded, fillDate, signIn } from './support';

/** Shifts a YYYY-MM-DD date by whole months, on the corresponding day (the test's own arithmetic). */
function monthsFrom(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

test.describe('党建：三会一课与组织生活落实情况', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('党总支登记第二党支部的党课（含缺席及原因）；支部工作台上该支部党课转为绿灯，漏开的党员大会仍为红灯', async ({ page }) => {
    const topic = `党课：学习《中国共产党支部工作条例》（${Date.now() % 100000}）`;
    const branch = '区政府办公室第二党支部';
    await signIn(page, 'dang_ky');
    await page.getByRole('menuitem', { name: '组织生活记录' }).click();
    await expect(page.getByRole('heading', { name: '组织生活记录' })).toBeVisible();
    await checkPage(page, 'pa-meetings');

    await page.getByTestId('record-meeting').click();
    const dialog = page.getByRole('dialog', { name: '登记组织生活' });
    await choose(page, dialog, '党支部', branch);
    await choose(page, dialog, '类别', '党课');
    await dialog.getByLabel('主题', { exact: true }).fill(topic);
    await dialog.getByLabel('应到人数', { exact: true }).fill('9');
    await dialog.getByLabel('缺席人员及原因', { exact: true }).fill('王磊：出差\n李娜：病假');
    await dialog.getByLabel('会议记录', { exact: true }).fill('支部书记赵磊讲授党课，全体党员围绕支部建设标准化规范化交流发言。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();

    const row = page.getByTestId('list-table').locator('tbody tr', { hasText: topic });
    await expect(row).toBeVisible();
    await expect(row).toContainText(branch);
    await expect(row).toContainText('9 / 7');
    await expect(row).toContainText('王磊（出差）、李娜（病假）');
    await expect(row).toContainText('已登记');
    await checkPage(page, 'pa-meeting-recorded');

    await page.getByRole('menuitem', { name: '支部工作台' }).click();
    await expect(page.getByRole('heading', { name: '组织生活落实情况' })).toBeVisible();
    await expect(page.getByTestId('compliance-config')).toContainText('依据');
    await expect(page.getByTestId(`light-${branch}-lecture`)).toHaveAttribute('data-light', 'green');
    await expect(page.getByTestId(`light-${branch}-party_congress`)).toHaveAttribute('data-light', 'red');
    await expect(page.getByTestId(`light-${branch}-party_congress`)).toHaveAttribute('title', /逾期未召开/);
    await expect(page.getByTestId('election-calendar')).toContainText(branch);
    await checkPage(page, 'pa-dashboard');
  });

  test('换届日历上任期 5 个月后届满的党支部显示换届提醒；在其详情中办理换届请示与上级批复；发展党员看板显示下一步及最早可办理日', async ({ page }) => {
    const today = beijingToday();
    const name = `换届演练党支部（${Date.now() % 100000}）`;
    await signIn(page, 'dang_ky');
    await page.getByRole('menuitem', { name: '党组织与换届' }).click();
    await page.getByTestId('create-branch').click();
    const create = page.getByRole('dialog', { name: '设立党组织' });
    await create.getByLabel('组织名称', { exact: true }).fill(name);
    await create.getByLabel('书记', { exact: true }).fill('钱书记');
    await fillDate(create, '本届任期开始日期', monthsFrom(today, -31));
    await create.getByTestId('form-submit').click();
    await expect(create).toBeHidden();
    await expect(page.getByTestId('term-state')).toHaveText('换届提醒');

    await page.getByRole('menuitem', { name: '换届日历' }).click();
    await expect(page.getByRole('heading', { name: '换届日历', level: 1 })).toBeVisible();
    const entry = page.getByTestId(`calendar-branch-${name}`);
    await expect(page.getByTestId(`calendar-month-${monthsFrom(today, 5).slice(0, 7)}`)).toContainText(name);
    await expect(entry).toContainText('换届提醒');
    await expect(entry.locator('[data-light]')).toHaveAttribute('data-light', 'yellow');
    // The demo's 第一党支部 had its 换届请示 approved.
    await expect(page.getByTestId('calendar-branch-区政府办公室第一党支部')).toContainText('已批复待选举');
    await checkPage(page, 'pa-election-calendar');

    await entry.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.getByTestId('approve-election')).toHaveCount(0);
    await page.getByTestId('request-election').click();
    const request = page.getByRole('dialog', { name: '换届请示' });
    await fillDate(request, '计划选举日期', monthsFrom(today, 2));
    await request.getByLabel('请示事由', { exact: true }).fill('本届支部委员会任期即将届满，拟按期召开党员大会换届选举');
    await request.getByTestId('form-submit').click();
    await expect(request).toBeHidden();
    await expect(page.getByTestId('procedure-stage')).toHaveText('已请示待批复');
    await expect(page.getByTestId('request-election')).toHaveCount(0);
    await checkPage(page, 'pa-election-requested');

    await page.getByTestId('approve-election').click();
    const approve = page.getByRole('dialog', { name: '登记上级批复' });
    await approve.getByLabel('批复文号', { exact: true }).fill('区直工委〔2026〕8号');
    await fillDate(approve, '批复日期', today);
    await approve.getByLabel('批复机关', { exact: true }).fill('中共博山区委区直机关工委');
    await approve.getByTestId('form-submit').click();
    await expect(approve).toBeHidden();
    await expect(page.getByTestId('procedure-stage')).toHaveText('已批复待选举');
    await expect(page.getByTestId('election-procedure')).toContainText('区直工委〔2026〕8号');
    await expect(page.getByTestId('elect-branch')).toBeVisible();
    await checkPage(page, 'pa-election-approved');

    await page.getByRole('menuitem', { name: '发展党员看板' }).click();
    await expect(page.getByRole('heading', { name: '发展党员看板' })).toBeVisible();
    // 何佳 became an 积极分子 7 months ago: 列为发展对象 not before one year of training.
    const card = page.getByTestId('pipeline-activist').getByTestId('pipeline-card-何佳');
    await expect(card.getByTestId('pipeline-next')).toHaveText('列为发展对象');
    await expect(card.getByTestId('pipeline-earliest')).toHaveText(monthsFrom(today, 5));
    await expect(card).toContainText('未到可办理日');
    await checkPage(page, 'pa-pipeline');
  });
});
