import { expect, test } from '@playwright/test';
import { beijingToday, checkPage, demoSeeded, fillDate, signIn } from './support';

/** YYYY-MM-DD `days` calendar days after `date`. */
const plus = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test.describe('外事：因公临时出国', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    await demoSeeded();
  });

  test('联络员填报出访申请：规则检查当场指出超天数及其依据；改正后符合规定，保存草稿并报送外事科', async ({ page }) => {
    const title = `区教体局赴德国职业教育考察团（${Date.now() % 100000}）`;
    const departure = plus(beijingToday(), 45);
    // A new person each run: the frequency rule (one trip in two years) counts a person's earlier trips.
    const pick = (chars: string) => chars[Math.floor(Math.random() * chars.length)];
    const member = `${pick('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗')}${pick('建国志明海燕晓东春雨子涵思远文博嘉怡')}${pick('平华军丽静强敏杰峰磊')}`;
    const idNumber = `3703041985${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    await signIn(page, 'lly_jtj');
    await page.getByRole('menuitem', { name: '因公临时出国' }).click();
    await expect(page.getByRole('heading', { name: '因公临时出国' })).toBeVisible();
    await checkPage(page, 'fa-trips-liaison');

    await page.getByTestId('new-trip').click();
    await expect(page.getByRole('heading', { name: '填报因公临时出国申请' })).toBeVisible();
    await page.getByTestId('title').fill(title);
    await page.getByTestId('unit-name').fill('博山区教育和体育局');
    await page.getByTestId('purpose').fill('考察德国双元制职业教育，洽谈职业院校合作办学。');
    await page.getByTestId('plan-entry').fill('职业教育国际合作交流');
    await page.getByTestId('country-0').fill('德国');
    await page.getByTestId('member-name-0').fill(member);
    await page.getByLabel('成员1职务', { exact: true }).fill('区教育和体育局副局长');
    await page.getByLabel('成员1级别', { exact: true }).fill('副科级');
    await page.getByLabel('成员1工作单位', { exact: true }).fill('博山区教育和体育局');
    await page.getByTestId('member-id-0').fill(idNumber);
    await page.getByTestId('inviter').fill('德国杜塞尔多夫职业教育中心');
    await page.getByTestId('invitation').fill('邀请我方考察双元制职业教育并商谈合作办学事宜。');

    // 一国七天：超过一国不超过 5 天的上限。
    await fillDate(page, '出境日期', departure);
    await fillDate(page, '入境日期', plus(departure, 6));
    const places = page.getByLabel('地点', { exact: true });
    await expect(places).toHaveCount(7);
    for (let i = 0; i < 7; i++) {
      await places.nth(i).fill('德国 杜塞尔多夫');
      await page.getByLabel('公务活动', { exact: true }).nth(i).fill('考察职业院校并座谈');
    }
    const check = page.getByTestId('live-check');
    await expect(check.getByTestId('breach-days')).toContainText('超过 5 天的上限');
    await expect(check.getByTestId('breach-days')).toContainText('依据');
    await checkPage(page, 'fa-trip-apply-breach');

    // 改为五天：检查通过。
    await fillDate(page, '入境日期', plus(departure, 4));
    await expect(places).toHaveCount(5);
    await expect(check.getByTestId('check-ok')).toBeVisible();
    await expect(check.locator('[data-test^="breach-"]')).toHaveCount(0);
    await page.getByTestId('save-trip').click();

    await expect(page.getByRole('heading', { name: new RegExp(title.replace(/[()（）]/g, '.')) })).toBeVisible();
    await expect(page.getByTestId('trip-status')).toHaveText('草稿');
    await expect(page.getByTestId('trip-check')).toContainText('符合因公临时出国各项规定');
    await page.getByTestId('submit').click();
    await expect(page.getByTestId('trip-status')).toHaveText('已报送');
    await expect(page.getByTestId('timeline')).toContainText('报送');
    await checkPage(page, 'fa-trip-submitted');
  });

  test('外事科查看出访来访日历中的外宾接待，打开国际友好关系并登记一次交流互访', async ({ page }) => {
    const today = beijingToday();
    const visit = plus(today, 7);
    await signIn(page, 'waishi_ky');
    await page.getByRole('menuitem', { name: '出访来访日历' }).click();
    await expect(page.getByRole('heading', { name: '出访来访日历' })).toBeVisible();
    await expect(page.getByTestId('calendar-month')).toHaveText(`${Number(today.slice(0, 4))}年${Number(today.slice(5, 7))}月`);
    // The demo's reception is a week from today: in this month or the next.
    if (visit.slice(0, 7) !== today.slice(0, 7)) await page.getByTestId('next-month').click();
    const day = page.locator(`td[data-date="${visit}"]`);
    await expect(day.getByTestId('entry-reception').filter({ hasText: '接待德国杜塞尔多夫市经济代表团' })).toBeVisible();
    await expect(page.getByTestId('month-list')).toContainText('接待德国杜塞尔多夫市经济代表团');
    await checkPage(page, 'fa-visits-calendar');

    // The filter by kind hides the receptions.
    await page.getByTestId('kind-reception').click();
    await expect(day.getByTestId('entry-reception')).toHaveCount(0);
    await page.getByTestId('kind-reception').click();
    await day.getByTestId('entry-reception').filter({ hasText: '接待德国杜塞尔多夫市经济代表团' }).click();
    await expect(page.getByRole('heading', { name: '接待德国杜塞尔多夫市经济代表团' })).toBeVisible();

    await page.getByRole('menuitem', { name: '国际友好关系' }).click();
    await expect(page.getByRole('heading', { name: '国际友好关系' })).toBeVisible();
    await checkPage(page, 'fa-friendships');
    await page.getByRole('link', { name: '德国杜塞尔多夫市' }).first().click();
    await expect(page.getByRole('heading', { name: '德国杜塞尔多夫市' })).toBeVisible();
    await expect(page.getByTestId('friendship-status')).toHaveText('已签约');
    await checkPage(page, 'fa-friendship');

    const summary = `杜塞尔多夫职业教育代表团来访座谈（${Date.now() % 100000}）`;
    await page.getByTestId('exchange-add').click();
    const dialog = page.getByRole('dialog', { name: '登记交流互访' });
    await fillDate(dialog, '日期', today);
    await dialog.getByLabel('团长', { exact: true }).fill('Lukas Weber');
    await dialog.getByLabel('交流概要', { exact: true }).fill(summary);
    await checkPage(page, 'fa-friendship-exchange');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: summary })).toContainText('Lukas Weber');
  });
});
