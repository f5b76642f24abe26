import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiAs, beijingToday, checkPage, choose, demoSeeded, fillDate, signIn } from './support';

test.describe('政务公开：依申请公开案卷、延期审批、年度报告、主动公开', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('科员查看征求意见中的案卷：计时暂停及其说明；登记一件当面申请并看到答复期限', async ({ page }) => {
    await signIn(page, 'dashuju_ky');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await expect(page.getByRole('heading', { name: '依申请公开' })).toBeVisible();
    await checkPage(page, 'disclosure-applications');
    await page.getByRole('link', { name: '某企业环境影响评价报告' }).first().click();
    await expect(page.getByTestId('application-status')).toHaveText('征求意见中');
    await expect(page.getByTestId('due-explanation')).toContainText('暂停中');
    await checkPage(page, 'disclosure-application');

    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await page.getByTestId('new-application').click();
    const dialog = page.getByRole('dialog', { name: '登记依申请公开申请' });
    const title = `浏览器测试申请（${Date.now() % 100000}）`;
    await dialog.getByLabel('申请公开的信息').fill(title);
    await dialog.getByLabel('信息描述').fill('请提供相关文件');
    await fillDate(dialog, '提交（寄出）日期', beijingToday());
    await dialog.getByLabel('申请人姓名或名称').fill('测试申请人');
    await dialog.getByLabel('证件号码').fill('370304199001011234');
    await dialog.getByTestId('form-submit').click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByTestId('application-status')).toHaveText('办理中');
    await expect(page.getByTestId('due-explanation')).toContainText('第三十三条');
    await checkPage(page, 'disclosure-application-registered');

    // 一次性告知补正（第三十条）：计时暂停，期限说明写明暂停的理由。
    await page.getByTestId('correction').click();
    const correction = page.getByRole('dialog', { name: '一次性告知补正' });
    await fillDate(correction, '补正通知日期', beijingToday());
    await correction.getByLabel('需补正的全部事项', { exact: true }).fill('请补充所需信息的文号或形成时间。');
    await correction.getByTestId('form-submit').click();
    await expect(correction).toBeHidden();
    await expect(page.getByTestId('application-status')).toHaveText('待补正');
    await expect(page.getByTestId('due-explanation')).toContainText('等待补正');
    await expect(page.getByTestId('timeline')).toContainText('补正');
  });

  test('科长审批延期：答复期限顺延 20 个工作日', async ({ page, request }) => {
    // Arranged by the 科员 through the API: a case registered today whose extension waits for the 科长.
    const staff = await apiAs(request, 'dashuju_ky');
    const title = `浏览器测试延期申请（${Date.now() % 100000}）`;
    const created = await request.post('/api/disclosure/applications', {
      headers: { ...staff.headers, 'idempotency-key': randomUUID() },
      data: { title, content: '请提供相关统计资料', channel: 'in_person', submittedOn: beijingToday(), applicantType: 'natural_person', applicantName: '测试申请人', idNumber: '370304199001011234' },
    });
    expect(created.ok()).toBe(true);
    const { id } = (await created.json()) as { id: string };
    const asked = await request.post(`/api/disclosure/applications/${id}/extension`, {
      headers: { ...staff.headers, 'if-match': created.headers().etag },
      data: { reason: '申请内容涉及多个部门，需协调汇总。' },
    });
    expect(asked.ok()).toBe(true);

    await signIn(page, 'dashuju_kz');
    await page.getByRole('menuitem', { name: '依申请公开' }).click();
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByTestId('decide-extension').click();
    const dialog = page.getByRole('dialog', { name: '审批延长答复期限' });
    await choose(page, dialog, '审批意见', '同意延长 20 个工作日');
    await fillDate(dialog, '告知申请人日期', beijingToday());
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('due-explanation')).toContainText('延期 20 个工作日');
    await checkPage(page, 'disclosure-extension-approved');
  });

  test('年度报告：勾稽关系成立；主动公开队列', async ({ page }) => {
    await signIn(page, 'dashuju_kz');
    await page.getByRole('menuitem', { name: '政府信息公开年度报告' }).click();
    await expect(page.getByTestId('cross-check')).toContainText('勾稽关系成立');
    await expect(page.getByTestId('report-rows')).toContainText('一、本年新收政府信息公开申请数量');
    await checkPage(page, 'disclosure-annual-report');
    await page.getByRole('menuitem', { name: '主动公开与公开目录' }).click();
    await expect(page.getByRole('heading', { name: '主动公开与公开目录' })).toBeVisible();
    await expect(page.getByRole('link', { name: '2026年区级部门预算' }).first()).toBeVisible();
    await checkPage(page, 'disclosure-publications');
  });
});
