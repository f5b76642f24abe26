import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { apiAs, checkPage, signIn } from './support';

/** A fresh tab signed in as another demo person (the tokens live in sessionStorage, one session per tab). */
async function as(browser: Browser, page: Page, username: string): Promise<Page> {
  const next = await page.context().newPage();
  await signIn(next, username);
  return next;
}

/** Picks an option of an Element Plus select by its aria-label. */
async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  // The select's placeholder lies over its input: click through it, as a user clicks the box.
  await scope.getByRole('combobox', { name: label }).click({ force: true });
  await page.getByRole('option', { name: option }).first().click();
}

async function confirm(page: Page): Promise<void> {
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
}

test.describe('公文办理', () => {
  test('区长批示后，督查室据此立项督办，批示页显示督办状态', async ({ page }) => {
    await signIn(page, 'quzhang');
    await page.getByRole('menuitem', { name: '领导批示' }).click();
    await expect(page.getByRole('heading', { name: '领导批示', exact: true })).toBeVisible();
    await checkPage(page, 'documents-instructions');

    await page.getByTestId('record-instruction').click();
    const dialog = page.getByRole('dialog', { name: '领导批示' });
    await dialog.getByLabel('批示所在材料').fill('关于全区冬季燃气安全检查情况的报告（浏览器测试）');
    await dialog.getByLabel('批示内容').fill('请区应急管理局牵头，立即组织燃气安全隐患再排查，两周内报送整改情况。');
    await choose(dialog, page, '牵头单位', /应急管理局/);
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('instruction-text')).toContainText('燃气安全隐患再排查');

    // supervision opens the item from the published 批示 (through the outbox): it appears with its light.
    await expect(async () => {
      await page.getByTestId('reload-items').click();
      await expect(page.getByTestId('linked-items')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId('linked-item-status').first()).not.toBeEmpty();
    await checkPage(page, 'documents-instruction-supervised');
  });

  test('文秘科签收收文，经拟办、批办、分办、承办至办结，办理过程完整', async ({ browser, page }) => {
    // Seven steps by three people in three tabs.
    test.setTimeout(480_000);
    const title = `关于做好岁末年初安全防范工作的通知（浏览器测试${Date.now() % 100000}）`;
    await signIn(page, 'wenmi_ky');
    await page.getByRole('menuitem', { name: '收文办理' }).click();
    await expect(page.getByRole('heading', { name: '收文办理', exact: true })).toBeVisible();
    await checkPage(page, 'documents-incoming-list');

    await page.getByTestId('register-incoming').click();
    const register = page.getByRole('dialog', { name: '签收登记' });
    await register.getByLabel('文件标题').fill(title);
    await register.getByLabel('来文机关', { exact: true }).fill('淄博市人民政府办公室');
    await register.getByLabel('原文号').fill('淄政办字〔2026〕88号');
    await register.getByTestId('form-submit').click();
    await expect(register).toBeHidden();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    await expect(page.getByTestId('registration-number')).toContainText('收〔');
    const url = page.url();

    await page.getByTestId('incoming-review').click();
    await page.getByRole('dialog', { name: '初审' }).getByTestId('form-submit').click();
    await expect(page.getByTestId('incoming-state')).toHaveText('待拟办');

    await page.getByTestId('incoming-propose').click();
    const propose = page.getByRole('dialog', { name: '拟办' });
    await propose.getByLabel('拟办意见').fill('拟请刘区长阅示，由区应急管理局牵头办理。');
    await propose.getByLabel('拟请批办领导').fill('刘志强');
    await propose.getByTestId('form-submit').click();
    await expect(page.getByTestId('incoming-state')).toHaveText('待批办');

    // 区长 批办 in his own tab.
    const mayor = await as(browser, page, 'quzhang');
    await mayor.goto(url);
    await mayor.getByTestId('incoming-instruct').click();
    const instruct = mayor.getByRole('dialog', { name: '批办' });
    await instruct.getByLabel('批办意见').fill('请应急局牵头抓好落实。');
    await instruct.getByTestId('form-submit').click();
    await expect(instruct).toBeHidden();
    await expect(mayor.getByTestId('incoming-state')).toHaveText('待分办');
    await mayor.close();

    await page.reload();
    await page.getByTestId('incoming-distribute').click();
    const distribute = page.getByRole('dialog', { name: '分办' });
    await choose(distribute, page, '主办单位', /应急管理局/);
    await distribute.getByTestId('form-submit').click();
    await expect(page.getByTestId('incoming-state')).toHaveText('承办中');
    await expect(page.getByTestId('routings-table')).toContainText('待签收');

    // The 应急局 liaison signs its copy and reports it done.
    const liaison = await as(browser, page, 'lly_yjj');
    await liaison.goto(url);
    await liaison.getByTestId('routing-sign').click();
    await expect(liaison.getByTestId('routings-table')).toContainText('已签收');
    await liaison.getByTestId('routing-done').click();
    const done = liaison.getByRole('dialog', { name: '承办办结' });
    await done.getByLabel('办理结果').fill('已完成全局安全防范部署，排查隐患12处，均已整改。');
    await done.getByTestId('form-submit').click();
    await expect(liaison.getByTestId('routings-table')).toContainText('已办结');
    await liaison.close();

    await page.reload();
    await page.getByTestId('incoming-complete').click();
    const complete = page.getByRole('dialog', { name: '办结' });
    await complete.getByLabel('办理结果').fill('区应急管理局已办结，文秘科归档。');
    await complete.getByTestId('form-submit').click();
    await expect(page.getByTestId('incoming-state')).toHaveText('已办结');
    await expect(page.getByTestId('timeline')).toContainText('办结');
    await checkPage(page, 'documents-incoming-completed');
  });

  test('发文从拟稿经核稿、签发、编号、印制、用印至核发，取得文号', async ({ browser, page, request }) => {
    // Eight steps by three people in three tabs: longer than one page's test (and a shared CI machine is slow).
    test.setTimeout(600_000);
    // The title ends with its 文种 (条例第九条): 核稿 refuses a 通知 whose title ends otherwise (TITLE.DOC_TYPE).
    const title = `博山区人民政府办公室关于做好冬季供暖保障工作（浏览器测试${Date.now() % 100000}）的通知`;
    await signIn(page, 'zonghe_ky');
    await page.getByRole('menuitem', { name: '发文办理' }).click();
    await expect(page.getByRole('heading', { name: '发文办理', exact: true })).toBeVisible();
    await checkPage(page, 'documents-outgoing-list');

    await page.getByTestId('draft-outgoing').click();
    const draft = page.getByRole('dialog', { name: '拟稿' });
    await choose(draft, page, '机关代字', /^博政办发/);
    await draft.getByLabel('标题').fill(title);
    await choose(draft, page, '主送机关', /应急管理局/);
    await draft.getByLabel('正文').fill('区应急管理局：\n现就做好冬季供暖保障工作通知如下。');
    await draft.getByTestId('form-submit').click();
    await expect(draft).toBeHidden();
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    const url = page.url();

    await page.getByTestId('outgoing-edit').click();
    const edit = page.getByRole('dialog', { name: '修改正文' });
    await edit.getByLabel('正文').fill('区应急管理局：\n现就做好冬季供暖保障工作通知如下：\n一、落实24小时值守。');
    await edit.getByLabel('修改说明').fill('补充具体要求');
    await edit.getByTestId('form-submit').click();
    await expect(page.getByTestId('version-diff')).toContainText('一、落实24小时值守。');
    await page.getByTestId('outgoing-submit').click();
    await confirm(page);
    await expect(page.getByTestId('outgoing-status')).toHaveText('核稿中');

    const wenmi = await as(browser, page, 'wenmi_ky');
    await wenmi.goto(url);
    await wenmi.getByTestId('outgoing-review').click();
    await wenmi.getByRole('dialog', { name: '核稿' }).getByTestId('form-submit').click();
    await expect(wenmi.getByTestId('review-findings')).toContainText('核稿通过');
    await expect(wenmi.getByTestId('outgoing-status')).toHaveText('核稿通过');
    await checkPage(wenmi, 'documents-outgoing-reviewed');

    const director = await as(browser, page, 'zhuren');
    await director.goto(url);
    await director.getByTestId('outgoing-sign').click();
    const sign = director.getByRole('dialog', { name: '签发' });
    await choose(sign, director, '签发人职务', '办公室主任');
    await sign.getByTestId('form-submit').click();
    await expect(director.getByTestId('outgoing-status')).toHaveText('已签发');
    await director.close();

    await wenmi.reload();
    await wenmi.getByTestId('outgoing-number').click();
    await confirm(wenmi);
    await expect(wenmi.getByTestId('doc-number')).toHaveText(/^博政办发〔\d{4}〕\d+号$/);
    const docNumber = await wenmi.getByTestId('doc-number').innerText();
    await wenmi.getByTestId('outgoing-print').click();
    await wenmi.getByRole('dialog', { name: '印制' }).getByTestId('form-submit').click();
    await expect(wenmi.getByTestId('outgoing-status')).toHaveText('已印制');

    // Meanwhile the seal is asked for, approved by 办公室主任 and applied by 文秘科 (the seal pages' own journey).
    const id = url.split('/').pop() as string;
    const clerk = await apiAs(request, 'wenmi_ky');
    const seals = (await (await request.get('/api/documents/seals?limit=100', clerk)).json()) as { items: { id: string; name: string; status: string }[] };
    const seal = seals.items.find((s) => s.name === '博山区人民政府办公室' && s.status === 'active');
    expect(seal, '演示数据中有区政府办公室印章').toBeTruthy();
    const asked = await request.post('/api/documents/seal-requests', { ...clerk, data: { sealId: seal?.id, purpose: '冬季供暖保障通知用印', outgoingDocumentId: id, copies: 30 } });
    expect(asked.status(), await asked.text()).toBe(201);
    const directorApi = await apiAs(request, 'zhuren');
    const approved = await request.post(`/api/documents/seal-requests/${((await asked.json()) as { id: string }).id}/decision`, {
      headers: { ...directorApi.headers, 'if-match': asked.headers().etag },
      data: { approve: true },
    });
    expect(approved.ok(), await approved.text()).toBe(true);
    const used = await request.post(`/api/documents/seal-requests/${((await asked.json()) as { id: string }).id}/uses`, {
      headers: { ...clerk.headers, 'if-match': approved.headers().etag },
      data: { impressions: 30 },
    });
    expect(used.ok(), await used.text()).toBe(true);

    await wenmi.getByTestId('outgoing-seal').click();
    const sealDialog = wenmi.getByRole('dialog', { name: '用印' });
    await choose(sealDialog, wenmi, '用印记录', /博山区人民政府办公室/);
    await sealDialog.getByTestId('form-submit').click();
    await expect(wenmi.getByTestId('outgoing-status')).toHaveText('已用印');
    await wenmi.getByTestId('outgoing-disclosure').click();
    await wenmi.getByRole('dialog', { name: '确定公开属性' }).getByTestId('form-submit').click();
    await wenmi.getByTestId('outgoing-issue').click();
    await confirm(wenmi);
    await expect(wenmi.getByTestId('outgoing-status')).toHaveText('已核发');
    await expect(wenmi.getByTestId('doc-number')).toHaveText(docNumber);
    await checkPage(wenmi, 'documents-outgoing-issued');

    await wenmi.goto('/documents/outgoing');
    await wenmi.getByLabel('关键词').fill(docNumber);
    await wenmi.getByRole('button', { name: '查询' }).click();
    await expect(wenmi.getByTestId('list-table')).toContainText(title);
  });

  test('请示、用印、归档文件目录与各登记簿可查阅', async ({ page }) => {
    await signIn(page, 'wenmi_ky');
    for (const [menu, heading, shot] of [
      ['请示与批复', '请示与批复', 'documents-requests'],
      ['用印管理', '用印管理', 'documents-seal-requests'],
      ['归档文件目录', '归档文件目录', 'documents-archives'],
    ] as const) {
      await page.getByRole('menuitem', { name: menu }).click();
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      await checkPage(page, shot);
    }
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('catalogue-download').click();
    expect((await downloaded).suggestedFilename()).toMatch(/归档文件目录\.xlsx$/);

    // 政府公报: a new issue is a draft whose number is given when it is published.
    await page.getByRole('menuitem', { name: '政府公报' }).click();
    await page.getByTestId('register-create').click();
    const dialog = page.getByRole('dialog', { name: '新建期次' });
    await dialog.getByLabel('编辑说明').fill('浏览器测试：本期收录区政府规范性文件');
    await dialog.getByTestId('form-submit').click();
    await expect(page.getByText('浏览器测试：本期收录区政府规范性文件')).toBeVisible();
    await checkPage(page, 'documents-gazette-issue-new');
  });
});

test.describe('重大行政决策', () => {
  test.slow();

  test('文秘科办理决策事项的合法性审查：开始、完成，办理过程记录在案', async ({ page, request }) => {
    const clerk = await apiAs(request, 'wenmi_ky');
    const units = (await (await request.get('/api/units?limit=1', clerk)).json()) as { items: { id: string }[] };
    const title = `博山区城区停车设施建设三年行动方案（浏览器测试${Date.now() % 100000}）`;
    const reason = '本事项已在编制阶段充分听取意见，不再单独组织';
    const created = await request.post('/api/decisions', {
      ...clerk,
      data: {
        year: new Date().getFullYear() + 1,
        title,
        undertakingUnitId: units.items[0]?.id,
        plannedTime: '第二季度',
        secrecyLevel: 0,
        notApplicable: ['public_participation', 'expert_argumentation', 'risk_assessment'].map((stage) => ({ stage, reason })),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;

    await signIn(page, 'wenmi_ky');
    await page.getByRole('menuitem', { name: '重大行政决策' }).click();
    await expect(page.getByRole('heading', { name: '重大行政决策', exact: true })).toBeVisible();
    await page.goto(`/documents/decisions/${id}`);
    await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
    const stages = page.getByTestId('decision-stages');
    await expect(stages).toContainText('不适用');
    await stages.getByTestId('stage-start').click();
    await confirmStart(page);
    await expect(stages.locator('tr', { hasText: '合法性审查' })).toContainText('进行中');
    await stages.getByTestId('stage-finish').click();
    const finish = page.getByRole('dialog', { name: '完成：合法性审查' });
    await finish.getByLabel('办理情况').fill('经区司法局合法性审查，方案内容合法。');
    await finish.getByRole('combobox', { name: '审查结论' }).click({ force: true });
    await page.getByRole('option', { name: '通过' }).first().click();
    await finish.getByTestId('form-submit').click();
    // The 审查意见 is required too: the service's field message appears under it, in Chinese.
    await expect(finish.locator('[data-field="legalityOpinion"] .el-form-item__error')).toContainText('必须填写');
    await finish.getByLabel('审查意见').fill('符合《重大行政决策程序暂行条例》及相关法律法规，同意提交集体讨论。');
    await finish.getByTestId('form-submit').click();
    await expect(finish).toBeHidden();
    await expect(stages.locator('tr', { hasText: '合法性审查' })).toContainText('已完成');
    await expect(page.getByTestId('timeline')).toContainText('合法性审查完成');
    await checkPage(page, 'documents-decision');
  });
});

async function confirmStart(page: Page): Promise<void> {
  await page.locator('.el-message-box').getByRole('button', { name: '开始' }).click();
}
