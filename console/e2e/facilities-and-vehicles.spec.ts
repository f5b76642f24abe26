import { expect, test } from '@playwright/test';
import { checkPage, choose, demoSeeded, fillDate, signIn, workdayFrom } from './support';

test.describe('机关事务：公务用车平台', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('联络员申请用车；公车平台审批同意、派车签发派车单，派车看板显示该车次', async ({ page }) => {
    // A working day and hour of their own, so that a car and a driver are free whatever earlier runs booked.
    const day = workdayFrom(6 + Math.floor(Math.random() * 40));
    const hour = 8 + Math.floor(Math.random() * 8);
    const purpose = `浏览器测试：赴现场核查施工安全（${Date.now() % 100000}）`;
    await signIn(page, 'lly_zjj');
    await page.getByRole('menuitem', { name: '用车申请' }).click();
    await expect(page.getByRole('heading', { name: '用车申请' })).toBeVisible();
    await checkPage(page, 'fv-bookings-liaison');

    await page.getByTestId('create-booking').click();
    const dialog = page.getByRole('dialog', { name: '申请用车' });
    await dialog.getByLabel('用车事由', { exact: true }).fill(purpose);
    await dialog.getByLabel('目的地', { exact: true }).fill('山头街道建设工地');
    await fillDate(dialog, '出车日期', day);
    await dialog.getByLabel('出车时间', { exact: true }).fill(`${String(hour).padStart(2, '0')}:00`);
    await dialog.getByLabel('预计返回时间', { exact: true }).fill(`${String(hour + 1).padStart(2, '0')}:30`);
    await dialog.getByLabel('乘车人', { exact: true }).fill('韩磊，孙明');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: `山头街道建设工地：${purpose}` })).toBeVisible();
    await expect(page.getByTestId('booking-status')).toHaveText('待审批');
    await checkPage(page, 'fv-booking-requested');
    const bookingUrl = page.url();

    await signIn(page, 'jiguan_ky');
    await page.goto(bookingUrl);
    await expect(page.getByTestId('booking-status')).toHaveText('待审批');
    await page.getByTestId('approve-booking').click();
    const approve = page.getByRole('dialog', { name: '审批用车申请' });
    await approve.getByLabel('审批意见', { exact: true }).fill('同意，注意行车安全。');
    await approve.getByTestId('form-submit').click();
    await expect(approve).toBeHidden();
    await expect(page.getByTestId('booking-status')).toHaveText('已批准');

    await page.getByTestId('dispatch-booking').click();
    const dispatch = page.getByRole('dialog', { name: '派车（签发派车单）' });
    await choose(page, dispatch, '车辆（该时段空闲）', /.+/);
    await choose(page, dispatch, '驾驶员（该时段空闲）', /.+/);
    await dispatch.getByTestId('form-submit').click();
    await expect(dispatch).toBeHidden();
    await expect(page.getByTestId('booking-status')).toHaveText('已派车');
    await expect(page.getByTestId('dispatch-number')).not.toHaveText('—');
    const dispatchNumber = (await page.getByTestId('dispatch-number').textContent())?.trim() ?? '';
    expect(dispatchNumber.length).toBeGreaterThan(1);
    await expect(page.getByTestId('timeline')).toContainText('派车');
    await checkPage(page, 'fv-booking-dispatched');

    await page.getByRole('menuitem', { name: '派车看板' }).click();
    await expect(page.getByRole('heading', { name: '派车看板' })).toBeVisible();
    await fillDate(page, '起始日期', day);
    await page.getByTestId('load-board').click();
    await expect(page.getByTestId('dispatch-board')).toContainText(dispatchNumber);
    await expect(page.getByTestId('dispatch-board')).toContainText('山头街道建设工地');
    await checkPage(page, 'fv-dispatch-board');
  });
});

test.describe('机关事务：安全保卫', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('科员登记安全事件并上报值班室；值班员在紧急事项中看到它；排班表与巡逻记录可查', async ({ page }) => {
    test.slow();
    const title = `浏览器测试：西门外车辆违停堵塞通道（${Date.now() % 100000}）`;
    await signIn(page, 'jiguan_ky');
    await page.getByRole('menuitem', { name: '安全事件' }).click();
    await expect(page.getByRole('heading', { name: '安全事件' })).toBeVisible();
    // The demo's gathering at the east gate was escalated; its row says so.
    await expect(page.getByTestId('list-table').locator('tbody tr', { hasText: '区政府东门外人员聚集' })).toContainText('已上报');
    await checkPage(page, 'fv-security-incidents');

    await page.getByTestId('record-incident').click();
    const dialog = page.getByRole('dialog', { name: '登记安全事件' });
    await dialog.getByLabel('事件', { exact: true }).fill(title);
    await choose(page, dialog, '类别', '治安纠纷');
    const occurred = dialog.getByLabel('发生时间', { exact: true });
    // Yesterday evening in Beijing: always in the past.
    const yesterday = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await occurred.fill(`${yesterday} 18:30`);
    await occurred.press('Enter');
    await dialog.getByLabel('发生地点', { exact: true }).fill('区政府大院西门外');
    await dialog.getByLabel('经过', { exact: true }).fill('两辆社会车辆违停，堵塞消防通道，车主拒不挪车。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('list-table').locator('tbody tr', { hasText: title });
    await expect(row).toContainText('处置中');
    await expect(row).toContainText('未上报');

    await row.getByRole('button', { name: '上报值班室' }).click();
    const escalate = page.getByRole('dialog', { name: '上报区政府值班室' });
    await choose(page, escalate, '事件等级', '一般');
    await escalate.getByLabel('上报说明', { exact: true }).fill('请值班室协调交警拖移');
    await escalate.getByTestId('form-submit').click();
    await expect(escalate).toBeHidden();
    await expect(page.getByTestId('list-table').locator('tbody tr', { hasText: title })).toContainText('已上报（一般）');

    await page.getByRole('menuitem', { name: '门卫排班' }).click();
    await expect(page.getByRole('heading', { name: '门卫排班' })).toBeVisible();
    await expect(page.getByTestId('list-table')).toContainText('东门岗');
    await checkPage(page, 'fv-guard-shifts');
    await page.getByRole('menuitem', { name: '巡逻记录' }).click();
    await expect(page.getByRole('heading', { name: '巡逻记录' })).toBeVisible();
    await expect(page.getByTestId('list-table')).toContainText('消防栓漏水');
    await checkPage(page, 'fv-patrols');

    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '紧急事项' }).click();
    await expect(page.getByRole('heading', { name: '紧急事项' })).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId('list-table')).toContainText(title, { timeout: 2000 });
    }).toPass({ timeout: 60_000 });
  });

  test('科室科员申领办公用品；机关事务管理科审批发放，库存随之减少，库存不足有提示', async ({ page }) => {
    const purpose = `浏览器测试：综合科会议用（${Date.now() % 100000}）`;
    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '办公用品库存' }).click();
    await expect(page.getByRole('heading', { name: '办公用品库存' })).toBeVisible();
    const paper = page.getByTestId('list-table').locator('tbody tr', { hasText: 'A4 复印纸' });
    await paper.getByRole('button', { name: '申领' }).click();
    const dialog = page.getByRole('dialog', { name: '申领办公用品：A4 复印纸' });
    await dialog.getByLabel('申领数量', { exact: true }).fill('2');
    await dialog.getByLabel('用途', { exact: true }).fill(purpose);
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await checkPage(page, 'fv-office-supplies-section');

    await signIn(page, 'jiguan_ky');
    await page.getByRole('menuitem', { name: '办公用品库存' }).click();
    // The demo's 硒鼓 is below its threshold.
    await expect(page.getByTestId('list-table').locator('tbody tr', { hasText: '激光打印机硒鼓' })).toContainText('库存不足');
    const before = Number(((await page.getByTestId('list-table').locator('tbody tr', { hasText: 'A4 复印纸' }).getByTestId('stock').textContent()) ?? '').replace(/\D/g, ''));
    await checkPage(page, 'fv-office-supplies');
    await page.getByRole('menuitem', { name: '办公用品申领' }).click();
    await expect(page.getByRole('heading', { name: '办公用品申领' })).toBeVisible();
    const row = page.getByTestId('list-table').locator('tbody tr', { hasText: purpose });
    await expect(row).toContainText('待审批');
    await row.getByRole('button', { name: '审批发放' }).click();
    await expect(page.getByTestId('list-table').locator('tbody tr', { hasText: purpose })).toContainText('已发放');
    await checkPage(page, 'fv-supply-requests');
    await page.getByRole('menuitem', { name: '办公用品库存' }).click();
    await expect(page.getByTestId('list-table').locator('tbody tr', { hasText: 'A4 复印纸' }).getByTestId('stock')).toHaveText(`${before - 2} 包`);
  });
});
