import { expect, test } from '@playwright/test';
import { apiAs, checkPage, redItemsOf, signIn } from './support';

test.describe('督办事项：联络员', () => {
  test('联络员在红灯事项上反馈进展；过短的内容以中文字段提示', async ({ page, request }) => {
    const [item] = await redItemsOf(request, 'lly_yjj');
    expect(item, '演示数据中应急局有红灯事项').toBeTruthy();
    await signIn(page, 'lly_yjj');
    await page.getByRole('menuitem', { name: '督办事项' }).click();
    await expect(page.getByRole('heading', { name: '督办事项' })).toBeVisible();
    await page.locator('.el-select', { has: page.getByRole('combobox', { name: '灯色' }) }).click();
    await page.getByRole('option', { name: '红灯' }).click();
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.getByTestId('list-table').locator('tbody tr').first()).toContainText('红灯');
    await checkPage(page, 'supervision-items-red');

    await page.getByRole('link', { name: item.title }).click();
    await expect(page.getByRole('heading', { name: item.title })).toBeVisible();
    await expect(page.locator('[data-light="red"]').first()).toBeVisible();
    await checkPage(page, 'supervision-item-red');

    await page.getByTestId('report-progress').click();
    const dialog = page.getByRole('dialog', { name: '反馈进展' });
    await dialog.getByLabel('进展情况').fill('好');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="content"] .el-form-item__error')).toHaveText('进展情况至少 2 个字');
    await checkPage(page, 'field-error-chinese');

    await dialog.getByLabel('进展情况').fill('已组织专题会议研究整改方案，8 个问题中 5 个已整改到位，其余 3 个本月底前完成。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('8 个问题中 5 个已整改到位');
    await expect(page.getByTestId('timeline')).toContainText('反馈进展');
  });

  test('过期的 If-Match：他人先改了事项，提交时显示变化并可重新加载', async ({ page, request }) => {
    const items = await redItemsOf(request, 'lly_yjj');
    const item = items[items.length - 1];
    await signIn(page, 'lly_yjj');
    await page.goto(`/supervision/items/${item.id}`);
    await expect(page.getByRole('heading', { name: item.title })).toBeVisible();

    // Meanwhile a colleague of the same unit reports progress on the same item (a new version).
    const colleague = await apiAs(request, 'lly_yjj');
    const current = await request.get(`/api/supervision/items/${item.id}`, colleague);
    const changed = await request.post(`/api/supervision/items/${item.id}/progress`, {
      ...colleague,
      headers: { ...colleague.headers, 'if-match': current.headers().etag },
      data: { content: '同事先行反馈：已完成现场核查。' },
    });
    expect(changed.ok()).toBe(true);

    await page.getByTestId('report-progress').click();
    const dialog = page.getByRole('dialog', { name: '反馈进展' });
    await dialog.getByLabel('进展情况').fill('我这边的进展：整改报告已起草。');
    await dialog.getByTestId('form-submit').click();
    const stale = page.getByRole('dialog', { name: '督办事项已被他人修改' });
    await expect(stale).toBeVisible();
    await expect(stale).toContainText('反馈');
    await expect(stale).toContainText('新增 1 条');
    await checkPage(page, 'stale-if-match');
    await stale.getByTestId('stale-reload').click();
    await expect(stale).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('同事先行反馈');

    await page.getByTestId('report-progress').click();
    await dialog.getByLabel('进展情况').fill('我这边的进展：整改报告已起草。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('feedback-table')).toContainText('整改报告已起草');
  });

  test('申请延期：写明理由与工作日', async ({ page, request }) => {
    const [item] = await redItemsOf(request, 'lly_yjj');
    await signIn(page, 'lly_yjj');
    await page.goto(`/supervision/items/${item.id}`);
    await page.getByTestId('request-extension').click();
    const dialog = page.getByRole('dialog', { name: '申请延期' });
    await dialog.getByLabel('延期理由').fill('整改涉及第三方检测，检测报告预计两周后出具。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('extension-table')).toContainText('待审批');
    await checkPage(page, 'extension-requested');
  });
});

test.describe('督查室：预警、建议提案与考核', () => {
  test.slow();

  test('督查室科长看各单位红黄灯图、建议提案办复率与满意率、建议提案办理单和考核', async ({ page }) => {
    await signIn(page, 'ducha_kz');
    await page.getByRole('menuitem', { name: '督办预警' }).click();
    await expect(page.getByRole('heading', { name: '督办预警', exact: true })).toBeVisible();
    await expect(page.getByTestId('warnings-chart')).toBeVisible();
    await expect(page.getByTestId('overdue-trend-chart')).toBeVisible();
    await expect(page.getByTestId('overdue-trend-chart')).toHaveAttribute('aria-label', /月末逾期未结 \d+/);
    await expect(page.getByTestId('warnings-by-unit')).toContainText('应急管理局');
    await checkPage(page, 'supervision-warnings');

    await page.getByRole('menuitem', { name: '建议提案', exact: true }).click();
    await expect(page.getByRole('heading', { name: '建议提案', exact: true })).toBeVisible();
    await checkPage(page, 'suggestions');
    // The demo's suggestions were answered: the first one opens with its 承办单位 and 答复.
    await page.getByTestId('list-table').locator('tbody tr').first().locator('a').first().click();
    await expect(page.getByTestId('assignments-table')).toContainText('主办');
    await expect(page.getByTestId('replies-table').or(page.getByTestId('timeline')).first()).toBeVisible();
    await checkPage(page, 'suggestion');

    await page.getByRole('menuitem', { name: '建议提案统计' }).click();
    await expect(page.getByTestId('suggestion-totals')).toContainText('办复率');
    await expect(page.getByTestId('suggestion-chart')).toBeVisible();
    await expect(page.getByTestId('suggestion-statistics')).toContainText('%');
    await checkPage(page, 'suggestions-statistics');

    await page.getByRole('menuitem', { name: '督查考核' }).click();
    await expect(page.getByRole('heading', { name: '督查考核', exact: true })).toBeVisible();
    await expect(page.getByTestId('create-period')).toBeVisible();
    await checkPage(page, 'supervision-assessment');
  });

  test('联络员看本单位的建议提案，统计只含本单位', async ({ page }) => {
    await signIn(page, 'lly_yjj');
    await expect(page.getByRole('menuitem', { name: '督办预警' })).toHaveCount(0);
    await page.getByRole('menuitem', { name: '建议提案统计' }).click();
    await expect(page.getByTestId('suggestion-totals')).toBeVisible();
    await checkPage(page, 'suggestions-statistics-liaison');
  });
});

test.describe('督查与上级督查事项：督查室', () => {
  test('督查方案批准、实施、逐单位反馈结论；上级督查事项答复审定后上报，期限附计算过程', async ({ page, request }) => {
    const staff = await apiAs(request, 'ducha_ky');
    const units = (await (await request.get('/api/units', { ...staff, params: { limit: 100, offset: 0 } })).json()) as { items: { id: string; name: string }[] };
    const unit = units.items.find((u) => u.name.includes('应急')) ?? units.items[0];
    const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const stamp = Date.now().toString(36);
    const created = await request.post('/api/supervision/inspections', {
      ...staff,
      data: { subject: `冬季安全生产专项督查 ${stamp}`, scope: '检查安全生产责任制落实和隐患整改情况', periodStart: day(-7), periodEnd: day(0), basis: '区政府第 12 次常务会议决定', unitIds: [unit.id], leaderName: '何强', members: [{ name: '马丽', identity: 'staff' }, { name: '李代表', identity: 'npc_deputy', organisation: '区人大常委会' }] },
    });
    expect(created.status()).toBe(201);
    const inspection = (await created.json()) as { id: string; subject: string };

    await signIn(page, 'ducha_kz');
    await page.getByRole('menuitem', { name: '督查', exact: true }).click();
    await expect(page.getByRole('heading', { name: '督查', exact: true })).toBeVisible();
    await page.getByRole('link', { name: inspection.subject }).click();
    await expect(page.getByRole('heading', { name: inspection.subject })).toBeVisible();
    await expect(page.getByTestId('team-table')).toContainText('人大代表');
    await checkPage(page, 'supervision-inspection-draft');

    await page.getByTestId('approve-inspection').click();
    await page.getByRole('button', { name: '批准', exact: true }).click();
    await expect(page.getByTestId('inspection-status')).toHaveText('方案已批准');
    await page.getByTestId('conduct-inspection').click();
    await page.getByRole('dialog', { name: '登记实施完毕' }).getByTestId('form-submit').click();
    await expect(page.getByTestId('inspection-status')).toHaveText('已实施');

    await page.getByTestId('conclude-inspection').click();
    const conclude = page.getByRole('dialog', { name: '反馈督查结论' });
    await conclude.getByLabel(/查明的事实/).fill('查');
    await conclude.getByLabel(/督查结论$/).fill('基本落实');
    await conclude.getByTestId('form-submit').click();
    await expect(conclude.getByTestId('form-error')).toContainText('督查结论须以事实为依据');
    await conclude.getByLabel(/查明的事实/).fill('抽查 6 家企业，2 家未按期完成隐患整改');
    await conclude.getByLabel(/整改要求/).fill('12 月底前整改到位并报督查室');
    await conclude.getByTestId('form-submit').click();
    await expect(conclude).toBeHidden();
    await expect(page.getByTestId('inspection-status')).toHaveText('已反馈结论');
    await expect(page.getByTestId('conclusions-table')).toContainText('2 家未按期完成隐患整改');
    await expect(page.getByTestId('timeline')).toContainText('反馈结论');
    await checkPage(page, 'supervision-inspection-concluded');

    // 上级督查事项: 马丽 registers it and drafts the reply; 何强 (another person) approves and records the sending.
    const received = await request.post('/api/supervision/higher-inspections', {
      ...staff,
      data: { level: 'city', title: `市督查：冬季供暖保障 ${stamp}`, reference: '淄督查〔2026〕7号', requirement: '报送供暖保障工作落实情况', receivedOn: day(0), replyWorkingDays: 5 },
    });
    expect(received.status()).toBe(201);
    const higher = (await received.json()) as { id: string; title: string };
    const drafted = await request.post(`/api/supervision/higher-inspections/${higher.id}/reply-draft`, { ...staff, headers: { ...staff.headers, 'if-match': received.headers().etag }, data: { content: '我区供暖保障工作已全面落实。' } });
    expect(drafted.ok()).toBe(true);

    await page.getByRole('menuitem', { name: '上级督查事项', exact: true }).click();
    await page.getByRole('link', { name: higher.title }).click();
    await expect(page.getByRole('heading', { name: higher.title })).toBeVisible();
    await expect(page.getByTestId('due-explanation')).toContainText('5 个工作日');
    await expect(page.getByTestId('higher-inspection-status')).toHaveText('答复已拟');
    await checkPage(page, 'supervision-higher-inspection');
    await page.getByTestId('approve-reply').click();
    await page.getByRole('button', { name: '审定', exact: true }).click();
    await expect(page.getByTestId('higher-inspection-status')).toHaveText('答复已审定');
    await page.getByTestId('send-reply').click();
    await page.getByRole('dialog', { name: '登记上报' }).getByTestId('form-submit').click();
    await expect(page.getByTestId('higher-inspection-status')).toHaveText('已上报');
    await expect(page.getByTestId('timeline')).toContainText('上报答复');
  });
});

test.describe('放管服改革台账：职能转变科与单位', () => {
  test('单位报送推进情况，职能转变科看到进度；年度考核由台账计算', async ({ page, request }) => {
    const zjj = await apiAs(request, 'lly_zjj');
    const tasks = await request.get('/api/reform/tasks', { ...zjj, params: { q: '一网通办' } });
    const [task] = (await tasks.json()).items as { id: string; title: string }[];
    expect(task, '演示数据中住建局牵头“一网通办”改革任务').toBeTruthy();

    await signIn(page, 'lly_zjj');
    await page.goto(`/supervision/reform/tasks/${task.id}`);
    await expect(page.getByRole('heading', { name: task.title })).toBeVisible();
    await expect(page.getByTestId('reform-progress')).toContainText('60%');
    await page.getByTestId('report-reform-progress').click();
    const dialog = page.getByRole('dialog', { name: '报送推进情况' });
    await dialog.getByLabel('推进情况').fill('好');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog.locator('[data-field="progress"] .el-form-item__error')).toContainText('2');
    await dialog.getByLabel('推进情况').fill('网上申报系统正式上线，本月已受理项目 12 个。');
    await dialog.getByTestId('form-submit').click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('reform-progress')).toContainText('本月已受理项目 12 个');
    await expect(page.getByTestId('timeline')).toContainText('报送推进情况');
    await checkPage(page, 'reform-task-progress');

    await signIn(page, 'zhineng_ky');
    await page.goto('/supervision/reform/tasks');
    await expect(page.getByRole('heading', { name: '放管服改革台账' })).toBeVisible();
    await expect(page.getByTestId('list-table')).toContainText('工程建设项目审批');
    await page.getByTestId('reform-assessment-link').click();
    await expect(page.getByRole('heading', { name: '放管服改革年度考核' })).toBeVisible();
    await expect(page.getByTestId('reform-assessment')).toContainText('博山区教育和体育局');
    await expect(page.getByTestId('reform-assessment-method')).toContainText('按期完成率');
    await checkPage(page, 'reform-assessment');
  });
});
