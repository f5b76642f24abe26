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

  test('科长：录入主动公开情况和正文，定稿年度报告（此后不可修改），下载打印版 PDF', async ({ page }) => {
    await signIn(page, 'dashuju_kz');
    await page.getByRole('menuitem', { name: '政府信息公开年度报告' }).click();
    await expect(page.getByTestId('cross-check')).toContainText('勾稽关系成立');
    await page.getByTestId('create-report').click();
    await expect(page.getByTestId('report-status')).toHaveText('草稿');
    await page.getByLabel('行政规范性文件本年制发件数').fill('12');
    await page.getByLabel('行政规范性文件本年废止件数').fill('3');
    await page.getByLabel('行政规范性文件现行有效件数').fill('86');
    await page.getByLabel('行政许可（第二十条第五项）本年处理决定数量').fill('1520');
    await page.getByLabel('行政处罚（第二十条第六项）本年处理决定数量').fill('341');
    await page.getByLabel('行政事业性收费本年收费金额（万元）').fill('12.5');
    for (const [label, source] of [
      ['规章数据来源', '区司法局规章备案台账'],
      ['行政规范性文件数据来源', '区司法局规范性文件备案审查台账'],
      ['行政许可（第二十条第五项）数据来源', '区行政审批服务局审批系统'],
      ['行政处罚（第二十条第六项）数据来源', '各执法部门报送'],
      ['行政强制（第二十条第六项）数据来源', '各执法部门报送'],
      ['行政事业性收费数据来源', '区财政局非税收入系统'],
    ]) {
      await page.getByLabel(label).fill(source);
    }
    await page.getByLabel('一、总体情况').fill('本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。');
    await page.getByLabel('五、存在的主要问题及改进情况').fill('政策解读不够深入，将加强解读回应。');
    await page.getByLabel('六、其他需要报告的事项').fill('无。');
    await page.getByTestId('save-report').click();
    await expect(page.getByTestId('report-revisions')).toContainText('录入');
    await checkPage(page, 'disclosure-annual-report-draft');

    await page.getByTestId('finalise-report').click();
    await page.getByRole('button', { name: '确认定稿' }).click();
    await expect(page.getByTestId('report-status')).toHaveText('已定稿');
    await expect(page.getByTestId('report-editions')).toContainText('第 1 版');
    await expect(page.getByTestId('save-report')).toHaveCount(0);
    await expect(page.getByLabel('行政规范性文件本年制发件数')).toBeDisabled();
    const pdf = page.waitForEvent('download');
    await page.getByTestId('pdf-1').click();
    expect((await pdf).suggestedFilename()).toContain('政府信息公开工作年度报告（第1版）.pdf');
    await checkPage(page, 'disclosure-annual-report-final');
  });

  test('科员：信息化项目台账，逾期实施中的项目及其监督记录；审核一个待审核项目进入实施', async ({ page }) => {
    await signIn(page, 'dashuju_ky');
    await page.getByRole('menuitem', { name: '信息化项目' }).click();
    await expect(page.getByRole('heading', { name: '信息化项目' })).toBeVisible();
    await checkPage(page, 'disclosure-projects');
    await page.getByRole('link', { name: '区级政务数据共享交换平台二期' }).first().click();
    await expect(page.getByTestId('project-status')).toHaveText('实施中');
    await expect(page.getByText('逾期未验收')).toBeVisible();
    await expect(page.getByTestId('supervisions')).toContainText('3 个部门接口未按期开放');
    await checkPage(page, 'disclosure-project');

    await page.getByRole('menuitem', { name: '信息化项目' }).click();
    await page.getByRole('link', { name: '应急指挥调度系统扩容' }).first().click();
    await expect(page.getByTestId('project-status')).toHaveText('待审核');
    await page.getByTestId('review').click();
    const review = page.getByRole('dialog', { name: '审核项目' });
    await fillDate(review, '审核日期', beijingToday());
    await review.getByLabel('审核意见').fill('同意实施，注意与市级平台对接');
    await review.getByTestId('form-submit').click();
    await expect(review).toBeHidden();
    await expect(page.getByTestId('project-status')).toHaveText('实施中');
    await expect(page.getByTestId('timeline')).toContainText('审核通过');
  });

  test('联络员：只看到本单位的项目；按退回意见重新报送', async ({ page }) => {
    await signIn(page, 'lly_yjj');
    await page.getByRole('menuitem', { name: '信息化项目' }).click();
    await expect(page.getByRole('link', { name: '危化品企业在线监测平台' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: '一网通办政务服务平台升级' })).toHaveCount(0);
    await page.getByRole('link', { name: '危化品企业在线监测平台' }).first().click();
    await expect(page.getByTestId('project-status')).toHaveText('已退回修改');
    await expect(page.getByTestId('review-opinion')).toContainText('压减预算');
    await expect(page.getByTestId('review')).toHaveCount(0);
    await checkPage(page, 'disclosure-project-returned');
    await page.getByTestId('resubmit').click();
    const resubmit = page.getByRole('dialog', { name: '重新报送审核' });
    await resubmit.getByLabel('修改说明').fill('已说明与市级平台的差异，预算压减至 180 万元');
    await resubmit.getByTestId('form-submit').click();
    await expect(resubmit).toBeHidden();
    await expect(page.getByTestId('project-status')).toHaveText('待审核');
  });

  test('联络员：本单位的公开巡查，按期限说明登记整改', async ({ page }) => {
    await signIn(page, 'lly_yjj');
    await page.getByRole('menuitem', { name: '公开巡查' }).click();
    await expect(page.getByRole('heading', { name: '公开巡查' })).toBeVisible();
    await expect(page.getByRole('link', { name: '区住房和城乡建设局 公开目录' })).toHaveCount(0);
    await checkPage(page, 'disclosure-inspections');
    await page.getByRole('link', { name: '区应急管理局 政府信息公开专栏' }).first().click();
    await expect(page.getByTestId('inspection-status')).toHaveText('整改中');
    await expect(page.getByTestId('due-explanation')).toContainText('个工作日内');
    await checkPage(page, 'disclosure-inspection');
    await page.getByTestId('rectify').click();
    const rectify = page.getByRole('dialog', { name: '登记整改情况' });
    await fillDate(rectify, '整改完成日期', beijingToday());
    await rectify.getByLabel('整改情况').fill('已更新公开指南的办公地址，补录行政处罚信息');
    await rectify.getByTestId('form-submit').click();
    await expect(rectify).toBeHidden();
    await expect(page.getByTestId('inspection-status')).toHaveText('已整改');
  });

  test('科员：公开指南的现行版本与历次版本', async ({ page }) => {
    await signIn(page, 'dashuju_ky');
    await page.getByRole('menuitem', { name: '政府信息公开指南' }).click();
    await page.getByRole('link', { name: '博山区人民政府办公室政府信息公开指南' }).first().click();
    await expect(page.getByTestId('guide-current')).toContainText('第 2 版');
    await expect(page.getByTestId('guide-versions')).toContainText('受理机构迁至新址');
    await checkPage(page, 'disclosure-guide');
  });
});
