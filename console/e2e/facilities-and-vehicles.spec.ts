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
