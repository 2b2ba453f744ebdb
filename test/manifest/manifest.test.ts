// The add-in manifest, checked offline: what office-addin-manifest reads from it, the XSD's element order,
// the URLs the dev server must serve, the icon files behind them (PNG, with the pixel size the manifest
// says), both languages for every string, and the requirement set. `npm run validate` adds Microsoft's
// online validation on top; this file is what runs without a network.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';
import { langOf } from '../../src/i18n/pane';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ORIGIN = 'https://localhost:3000';
const ID = '62c5133f-60e6-446d-b2f6-5a27e742678c';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
};

// ---- XML ------------------------------------------------------------------------------------------------
// office-addin-manifest reads manifests with xml2js (strict mode: a malformed file throws). The test uses
// that same parser, resolved from office-addin-manifest's own dependencies so the project declares nothing
// more. xml2js ships no type declarations; this is the slice used here.
interface Xml2jsAttribute { value: string; uri: string; local: string }
interface Xml2jsNode {
  '#name': string;
  $ns: { uri: string; local: string };
  $?: Record<string, Xml2jsAttribute>;
  $$?: Xml2jsNode[];
  _?: string;
}
interface Xml2js {
  parseString(xml: string, options: object, done: (error: Error | null, result: Record<string, Xml2jsNode>) => void): void;
}
const xml2js = createRequire(require.resolve('office-addin-manifest'))('xml2js') as Xml2js;

/** An element: its namespace and local name, attributes (`xsi:type` for the XSI one), children in order. */
interface El { ns: string; local: string; attrs: Record<string, string>; children: El[]; text: string }

function toEl(node: Xml2jsNode): El {
  const attrs: Record<string, string> = {};
  for (const a of Object.values(node.$ ?? {})) {
    if (a.uri === NS.xmlns) continue;
    if (a.uri === NS.xsi) attrs[`xsi:${a.local}`] = a.value;
    else if (a.uri === '') attrs[a.local] = a.value;
    else throw new Error(`unexpected attribute {${a.uri}}${a.local} on ${node['#name']}`);
  }
  return { ns: node.$ns.uri, local: node.$ns.local, attrs, children: (node.$$ ?? []).map(toEl), text: node._ ?? '' };
}

function parse(xml: string): El {
  let root: El | undefined;
  xml2js.parseString(xml, { explicitChildren: true, preserveChildrenOrder: true, xmlns: true }, (error, result) => {
    if (error) throw error;
    const nodes = Object.values(result);
    if (nodes.length !== 1) throw new Error('expected one root element');
    root = toEl(nodes[0]);
  });
  if (!root) throw new Error('xml2js did not answer synchronously');
  return root;
}

function all(el: El, local: string, ns?: string): El[] {
  return el.children.filter((c) => c.local === local && (ns === undefined || c.ns === ns));
}

/** The one child at the end of a path of local names; fails (naming the path) unless there is exactly one. */
function one(el: El, ...path: string[]): El {
  let at = el;
  for (const local of path) {
    const found = all(at, local);
    if (found.length !== 1) throw new Error(`expected one <${local}> under <${at.local}>, found ${found.length}`);
    at = found[0];
  }
  return at;
}

function descendants(el: El): El[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

function attr(el: El, name: string): string {
  const value = el.attrs[name];
  if (value === undefined) throw new Error(`<${el.local}> has no ${name}`);
  return value;
}

// ---- Schema order ---------------------------------------------------------------------------------------
/** An XSD sequence: local name, minOccurs, maxOccurs, and the namespace when not the parent's usual one. */
type Particle = [local: string, min: number, max: number, ns?: string];
const N = Infinity;

/** What breaks the sequence: a child out of order, unknown, in another namespace, missing or repeated. */
function sequenceProblems(el: El, childNs: string, sequence: Particle[]): string[] {
  const problems: string[] = [];
  const where = `<${el.local}${el.attrs.id ? ` id="${el.attrs.id}"` : ''}>`;
  let i = 0;
  let count = 0;
  const leave = () => {
    if (count < sequence[i][1]) problems.push(`${where}: missing <${sequence[i][0]}>`);
    i++;
    count = 0;
  };
  for (const child of el.children) {
    let j = i;
    while (j < sequence.length && sequence[j][0] !== child.local) j++;
    if (j === sequence.length) {
      const known = sequence.some(([local]) => local === child.local);
      problems.push(`${where}: <${child.local}> ${known ? 'is out of order' : 'is not allowed here'}`);
      continue;
    }
    while (i < j) leave();
    const ns = sequence[i][3] ?? childNs;
    if (child.ns !== ns) problems.push(`${where}: <${child.local}> is in namespace ${child.ns}, not ${ns}`);
    if (++count > sequence[i][2]) problems.push(`${where}: too many <${child.local}>`);
  }
  while (i < sequence.length) leave();
  return problems;
}

// From OfficeAppManifestV1_1.xsd (OfficeApp, then its TaskPaneApp extension) and
// TaskPaneAppVersionOverridesV1_0.xsd / OfficeAppBasicTypesV1_0.xsd. Where the XSD has minOccurs 0 but
// this add-in needs the element (icons, support page, hosts, requirements, the ribbon), min is 1 here.
const OFFICE_APP: Particle[] = [
  ['Id', 1, 1], ['AlternateId', 0, 1], ['Version', 1, 1], ['ProviderName', 1, 1], ['DefaultLocale', 1, 1],
  ['DisplayName', 1, 1], ['Description', 1, 1], ['IconUrl', 1, 1], ['HighResolutionIconUrl', 1, 1],
  ['SupportUrl', 1, 1], ['AppDomains', 0, 1], ['Hosts', 1, 1],
  ['Requirements', 1, 1], ['DefaultSettings', 1, 1], ['Permissions', 1, 1], ['Dictionary', 0, 1],
  ['VersionOverrides', 1, 1, NS.ov],
];
const LOCALE_AWARE: Particle[] = [['Override', 0, N]];
const VERSION_OVERRIDES: Particle[] = [
  ['Description', 0, 1], ['Requirements', 1, 1], ['Hosts', 1, 1], ['Resources', 1, 1],
  ['WebApplicationInfo', 0, 1], ['EquivalentAddins', 0, 1],
];
const FORM_FACTOR: Particle[] = [['GetStarted', 1, 1], ['FunctionFile', 0, 1], ['ExtensionPoint', 1, N]];
const GET_STARTED: Particle[] = [['Title', 1, 1], ['Description', 1, 1], ['LearnMoreUrl', 1, 1]];
const COMMAND_SURFACE: Particle[] = [['OfficeTab', 0, N], ['CustomTab', 0, N]];
const GROUP: Particle[] = [['Label', 1, 1], ['Icon', 1, 1], ['Control', 1, N]];
const BUTTON: Particle[] = [['Label', 1, 1], ['Supertip', 1, 1], ['Icon', 1, 1], ['Action', 1, 1]];
const SUPERTIP: Particle[] = [['Title', 1, 1], ['Description', 1, 1]];
const SHOW_TASKPANE: Particle[] = [['TaskpaneId', 0, 1], ['SourceLocation', 1, 1], ['Title', 0, 1]];
const ICON_LIST: Particle[] = [['Image', 1, N]];
const RESOURCES: Particle[] = [['Images', 1, 1], ['Urls', 1, 1], ['ShortStrings', 1, 1], ['LongStrings', 1, 1]];

// ---- PNG ------------------------------------------------------------------------------------------------
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: the first chunk is not IHDR`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The file in the repository that the dev server serves at this URL (assets/ is copied to /assets/). */
function servedFile(url: string): string {
  const { pathname } = new URL(url);
  expect(pathname).toMatch(/^\/assets\/[\w.-]+\.png$/);
  return join(ROOT, ...pathname.split('/'));
}

// ---- The manifest ---------------------------------------------------------------------------------------
const source = readFileSync(MANIFEST, 'utf8');
const app = parse(source);
const overrides = one(app, 'VersionOverrides');
const resources = one(overrides, 'Resources');
const formFactor = one(overrides, 'Hosts', 'Host', 'DesktopFormFactor');

const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;
const SHORT = 125;
const LONG = 250;

function resource(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string): El {
  const found = one(resources, kind).children.filter((r) => r.attrs.id === id);
  if (found.length !== 1) throw new Error(`expected one resource "${id}" in bt:${kind}, found ${found.length}`);
  return found[0];
}

/** The Vietnamese override of a locale-aware setting or a string resource (exactly one, and non-empty). */
function vietnamese(el: El): string {
  const vi = all(el, 'Override').filter((o) => o.attrs.Locale === 'vi-VN');
  if (vi.length !== 1) throw new Error(`<${el.local}${el.attrs.id ? ` id="${el.attrs.id}"` : ''}> needs one vi-VN override, has ${vi.length}`);
  return attr(vi[0], 'Value');
}

/** What Office shows for a display language: the override of that locale, else the default. */
function shown(el: El, locale: string): string {
  const match = all(el, 'Override').find((o) => o.attrs.Locale?.toLowerCase() === locale.toLowerCase());
  return match ? attr(match, 'Value') : attr(el, 'DefaultValue');
}

/**
 * office-addin-manifest's own reading of the file (`OfficeAddinManifest.readManifestFile`). The package
 * loads ES-module-only dependencies (uuid, and strip-bom through @microsoft/app-manifest) that Jest's
 * CommonJS runtime cannot require but Node can (require(esm), Node 20.19 and later), so it runs in a child
 * Node process.
 */
function readWithOfficeAddinManifest(): ManifestInfo {
  const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then(
    (info) => process.stdout.write(JSON.stringify(info)),
    (error) => { console.error(error); process.exit(1); })`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script, MANIFEST], { cwd: ROOT, encoding: 'utf8' })) as ManifestInfo;
}

describe('what office-addin-manifest reads', () => {
  test('identity, host, permissions, locale and entry points', () => {
    const info = readWithOfficeAddinManifest();
    expect(info).toMatchObject({
      manifestType: 'xml',
      officeAppType: 'TaskPaneApp',
      id: ID,
      version: '1.0.0.0',
      providerName: 'Staffing Planner',
      defaultLocale: 'en-US',
      displayName: 'Staffing planner',
      permissions: 'ReadWriteDocument',
      hosts: ['Workbook'],
      iconUrl: `${ORIGIN}/assets/icon-32.png`,
      highResolutionIconUrl: `${ORIGIN}/assets/icon-64.png`,
      supportUrl: `${ORIGIN}/help.html`,
    });
    expect(info.description).toMatch(/^Simulate staffing reforms/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
    expect(info.appDomains).toEqual([]);
  });
});

describe('structure', () => {
  test('the root is a task-pane OfficeApp in the 1.1 namespace, with a version overrides 1.0 block', () => {
    expect(app.ns).toBe(NS.app);
    expect(app.local).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(overrides.ns).toBe(NS.ov);
    expect(overrides.attrs['xsi:type']).toBe('VersionOverridesV1_0');
  });

  test('the OfficeApp children come in the order of the schema, required ones present', () => {
    expect(sequenceProblems(app, NS.app, OFFICE_APP)).toEqual([]);
    expect(app.children.map((c) => c.local)).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'VersionOverrides',
    ]);
    for (const local of ['DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
      expect(sequenceProblems(one(app, local), NS.app, LOCALE_AWARE)).toEqual([]);
    }
    expect(sequenceProblems(one(app, 'DefaultSettings'), NS.app, [['SourceLocation', 1, 1], ['RequestedWidth', 0, 1], ['RequestedHeight', 0, 1]])).toEqual([]);
    expect(one(app, 'Id').text).toBe(ID);
    expect(one(app, 'Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
  });

  test('the version overrides, ribbon and resources follow their schema sequences', () => {
    const extensionPoint = one(formFactor, 'ExtensionPoint');
    const group = one(extensionPoint, 'OfficeTab', 'Group');
    const button = one(group, 'Control');
    const action = one(button, 'Action');
    const problems = [
      ...sequenceProblems(overrides, NS.ov, VERSION_OVERRIDES),
      ...sequenceProblems(formFactor, NS.ov, FORM_FACTOR),
      ...sequenceProblems(one(formFactor, 'GetStarted'), NS.ov, GET_STARTED),
      ...sequenceProblems(extensionPoint, NS.ov, COMMAND_SURFACE),
      ...sequenceProblems(group, NS.ov, GROUP),
      ...sequenceProblems(one(group, 'Icon'), NS.bt, ICON_LIST),
      ...sequenceProblems(button, NS.ov, BUTTON),
      ...sequenceProblems(one(button, 'Supertip'), NS.ov, SUPERTIP),
      ...sequenceProblems(one(button, 'Icon'), NS.bt, ICON_LIST),
      ...sequenceProblems(action, NS.ov, SHOW_TASKPANE),
      ...sequenceProblems(resources, NS.bt, RESOURCES),
      ...sequenceProblems(one(overrides, 'Requirements'), NS.bt, [['Sets', 1, 1]]),
    ];
    expect(problems).toEqual([]);
  });

  test('a button on the Home tab, in its own group, shows the task pane', () => {
    const host = one(overrides, 'Hosts', 'Host');
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const extensionPoint = one(formFactor, 'ExtensionPoint');
    expect(extensionPoint.attrs['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = one(extensionPoint, 'OfficeTab');
    expect(tab.attrs.id).toBe('TabHome');
    const group = one(tab, 'Group');
    expect(group.attrs.id).toBe('StaffingGroup');
    const button = one(group, 'Control');
    expect(button.attrs).toMatchObject({ 'xsi:type': 'Button', id: 'StaffingTaskpaneButton' });
    const action = one(button, 'Action');
    expect(action.attrs['xsi:type']).toBe('ShowTaskpane');
    expect(one(action, 'TaskpaneId').text).toBe('StaffingPlannerPane');
    // The button opens the same page as the add-in's default task pane.
    const page = attr(resource('Urls', attr(one(action, 'SourceLocation'), 'resid')), 'DefaultValue');
    expect(page).toBe(attr(one(app, 'DefaultSettings', 'SourceLocation'), 'DefaultValue'));
    expect(page).toBe(`${ORIGIN}/taskpane.html`);
  });

  test('every resid points to a resource of the right kind, and every resource is used', () => {
    const kindOf = (ref: El, parent: El): 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings' => {
      if (ref.ns === NS.bt && ref.local === 'Image') return 'Images';
      if (ref.local === 'LearnMoreUrl' || ref.local === 'SourceLocation' || ref.local === 'FunctionFile') return 'Urls';
      if (ref.local === 'Description') return 'LongStrings';
      if (ref.local === 'Label' || ref.local === 'Title') return 'ShortStrings';
      throw new Error(`<${ref.local}> under <${parent.local}> has a resid of unknown kind`);
    };
    const used = new Set<string>();
    const visit = (el: El) => {
      for (const c of el.children) {
        if (c.attrs.resid !== undefined) {
          const kind = kindOf(c, el);
          resource(kind, c.attrs.resid);
          used.add(`${kind}/${c.attrs.resid}`);
        }
        visit(c);
      }
    };
    visit(one(overrides, 'Hosts'));
    const declared = resources.children.flatMap((kind) => kind.children.map((r) => `${kind.local}/${attr(r, 'id')}`));
    expect(new Set(declared).size).toBe(declared.length);
    expect([...used].sort()).toEqual([...declared].sort());
    for (const id of declared) expect(id.split('/')[1].length).toBeLessThanOrEqual(32);
  });
});

describe('URLs', () => {
  const urls = [app, ...descendants(app)].flatMap((el) => [...Object.values(el.attrs), el.text]).filter((v) => v.includes('://'));

  test('every URL is https on the dev server origin', () => {
    expect(urls).toHaveLength(9); // IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation, 3 images, 2 bt:Urls
    for (const url of urls) {
      const parsed = new URL(url);
      expect({ url, protocol: parsed.protocol, origin: parsed.origin }).toEqual({ url, protocol: 'https:', origin: ORIGIN });
      expect(parsed.search + parsed.hash).toBe('');
    }
  });

  test('the server must serve exactly these paths', () => {
    expect([...new Set(urls.map((u) => new URL(u).pathname))].sort()).toEqual([
      '/assets/icon-16.png', '/assets/icon-32.png', '/assets/icon-64.png', '/assets/icon-80.png',
      '/help.html', '/taskpane.html',
    ]);
  });

  test('GetStarted links to the help page, as SupportUrl does', () => {
    const learnMore = attr(resource('Urls', attr(one(formFactor, 'GetStarted', 'LearnMoreUrl'), 'resid')), 'DefaultValue');
    expect(learnMore).toBe(`${ORIGIN}/help.html`);
    expect(attr(one(app, 'SupportUrl'), 'DefaultValue')).toBe(learnMore);
  });
});

describe('icons', () => {
  test('IconUrl is a 32 px PNG and HighResolutionIconUrl a 64 px PNG in assets/', () => {
    expect(pngSize(servedFile(attr(one(app, 'IconUrl'), 'DefaultValue')))).toEqual({ width: 32, height: 32 });
    expect(pngSize(servedFile(attr(one(app, 'HighResolutionIconUrl'), 'DefaultValue')))).toEqual({ width: 64, height: 64 });
  });

  test('every ribbon image is a PNG in assets/ of the size its reference gives', () => {
    const references = descendants(overrides).filter((el) => el.ns === NS.bt && el.local === 'Image' && el.attrs.resid !== undefined);
    expect(references).toHaveLength(6); // group and button, 16/32/80 each
    for (const ref of references) {
      const size = Number(attr(ref, 'size'));
      const file = servedFile(attr(resource('Images', attr(ref, 'resid')), 'DefaultValue'));
      expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
    }
  });

  test('each icon list has the sizes Office requires (16, 32, 80)', () => {
    const lists = descendants(overrides).filter((el) => el.local === 'Icon');
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.children.map((i) => attr(i, 'size'))).toEqual(['16', '32', '80']);
  });

  test('every icon file is small (Office: at most 100 KB an image)', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(statSync(join(ROOT, 'assets', `icon-${size}.png`)).size).toBeLessThan(100 * 1024);
    }
  });
});

describe('languages', () => {
  test('English by default, Vietnamese override for the display name and description', () => {
    expect(one(app, 'DefaultLocale').text).toBe('en-US');
    const name = one(app, 'DisplayName');
    expect(attr(name, 'DefaultValue')).toBe('Staffing planner');
    expect(vietnamese(name)).toBe('Kế hoạch biên chế');
    const description = one(app, 'Description');
    expect(vietnamese(description)).toMatch(/^Mô phỏng .*nhất thể hóa, hợp nhất, luân chuyển, biệt phái.*bảng đơn vị và bảng cán bộ/);
    expect(attr(description, 'DefaultValue')).toMatch(/^Simulate staffing reforms month by month .*unit and cadre tables\.$/);
    expect(attr(name, 'DefaultValue').length).toBeLessThanOrEqual(SHORT);
    expect(vietnamese(name).length).toBeLessThanOrEqual(SHORT);
    expect(attr(description, 'DefaultValue').length).toBeLessThanOrEqual(LONG);
    expect(vietnamese(description).length).toBeLessThanOrEqual(LONG);
  });

  test('every ribbon string has an English default and a different Vietnamese override, within length', () => {
    const strings = [
      ...one(resources, 'ShortStrings').children.map((s) => ({ s, max: SHORT })),
      ...one(resources, 'LongStrings').children.map((s) => ({ s, max: LONG })),
    ];
    expect(strings.map(({ s }) => s.attrs.id)).toEqual(['GetStarted.Title', 'Group.Label', 'Button.Label', 'GetStarted.Description', 'Button.Tooltip']);
    for (const { s, max } of strings) {
      const en = attr(s, 'DefaultValue');
      const vi = vietnamese(s);
      expect({ id: s.attrs.id, vietnamese: VIETNAMESE_LETTER.test(vi) }).toEqual({ id: s.attrs.id, vietnamese: true });
      expect(en).not.toBe(vi);
      expect(vi.length).toBeLessThanOrEqual(max);
      expect(en.length).toBeLessThanOrEqual(max);
      expect(sequenceProblems(s, NS.bt, LOCALE_AWARE)).toEqual([]);
    }
    expect(vietnamese(resource('ShortStrings', 'Button.Label'))).toBe('Kế hoạch biên chế');
    expect(attr(resource('ShortStrings', 'Button.Label'), 'DefaultValue')).toBe('Staffing planner');
    expect(attr(resource('ShortStrings', 'Group.Label'), 'DefaultValue')).toBe('Staffing');
  });

  test('the ribbon and the pane pick the same language for every display language', () => {
    // The pane: Vietnamese for vi-*, English otherwise (langOf); the ribbon: vi-VN's override, else the default.
    const button = resource('ShortStrings', 'Button.Label');
    for (const locale of ['vi-VN', 'en-US', 'en-GB', 'en-AU', 'fr-FR', 'ja-JP', 'zh-CN']) {
      const ribbon = shown(button, locale) === 'Kế hoạch biên chế' ? 'vi' : 'en';
      expect([locale, ribbon]).toEqual([locale, langOf(locale)]);
    }
  });

  test('all text is NFC (precomposed Vietnamese), as Office and search expect', () => {
    expect(source).toBe(source.normalize('NFC'));
    expect(source).toContain('Kế hoạch biên chế'.normalize('NFC'));
  });
});

describe('requirements and permissions', () => {
  test('ExcelApi 1.9 in the base manifest and in the version overrides', () => {
    const base = all(one(app, 'Requirements', 'Sets'), 'Set');
    expect(base.map((s) => s.attrs)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.9' }]);
    const sets = one(overrides, 'Requirements', 'Sets');
    expect(sets.ns).toBe(NS.bt);
    expect(sets.children.map((s) => ({ ns: s.ns, local: s.local, ...s.attrs }))).toEqual([
      { ns: NS.bt, local: 'Set', Name: 'ExcelApi', MinVersion: '1.9' },
    ]);
  });

  test('ReadWriteDocument, for a workbook host', () => {
    expect(one(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(all(one(app, 'Hosts'), 'Host').map((h) => h.attrs)).toEqual([{ Name: 'Workbook' }]);
  });
});
