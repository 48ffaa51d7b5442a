/**
 * Messages the host sends back to the clerk. Each says what happened and what to do.
 * Kept together so that wording is reviewed in one place.
 */
export const MSG = {
  notSignedIn: '未登录或登录已失效，请重新登录。',
  sessionExpired: '登录已超时，请重新登录。您填写的内容已保存在本机，登录后可继续。',
  forbidden: '您的角色无权进行此操作。如需办理，请联系负责人或管理员。',
  wrongPassword: '用户名或密码不正确，请重新输入。',
  userDisabled: '该账号已停用，请联系管理员。',
  tooManyLogins: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试，或联系管理员重置密码。`,
  bodyTooLarge: (limit: string) => `提交的内容过大（上限 ${limit}），未保存任何内容。请删减后重试。`,
  badJson: '提交的数据格式不正确，未保存任何内容。请刷新页面后重试。',
  notFound: '请求的地址不存在。',
  internal: '主机处理时出错，未保存任何内容。请重试；如仍出错，请联系管理员并告知时间。',
  badInput: '填写的内容有误，请按提示修改后重试。',
  usernameTaken: (name: string) => `用户名“${name}”已被使用，请换一个。`,
  counterNameTaken: (name: string) => `窗口“${name}”已存在，请换一个名称。`,
  stationNameTaken: (name: string) => `单位“${name}”已存在，请换一个名称。`,
  categoryNameTaken: (name: string) => `诉求类别“${name}”已存在，请换一个名称。`,
  userNotFound: '找不到该用户，可能已被删除。请刷新后重试。',
  counterNotFound: '找不到该窗口，可能已被停用。请刷新后重试。',
  stationNotFound: '找不到该单位，可能已被停用。请刷新后重试。',
  stationRequired: '承办人必须绑定一个入驻单位。',
  lastAdmin: '这是最后一个可用的管理员账号，不能停用或降级。',
  wrongOldPassword: '原密码不正确，请重新输入。',
} as const;

/** Messages for whoever starts the host from the command line or the desktop shell. */
export const HOST_MSG = {
  dataDirMissing: (dir: string) =>
    `数据目录不存在：${dir}。请先运行 desk init --data-dir "${dir}" 创建数据库，或检查路径是否写错。`,
  dataDirNotDir: (dir: string) => `数据目录路径指向的是一个文件而不是目录：${dir}。请换一个目录。`,
  dataDirNotWritable: (dir: string, why: string) =>
    `数据目录无法写入：${dir}（${why}）。请检查目录权限、磁盘空间或换一个目录。`,
  databaseMissing: (file: string) =>
    `数据目录中没有数据库文件：${file}。请先运行 desk init 创建，或检查数据目录是否选对。`,
  databaseExists: (file: string) =>
    `数据库已存在：${file}。为防止误删数据，init 不会覆盖已有数据库；如需重新开始，请换一个数据目录。`,
  notADatabase: (file: string) =>
    `数据库文件已损坏，或不是本程序的数据库：${file}。文件未被改动。请从备份恢复，或联系技术支持。`,
  databaseLocked: (dir: string) =>
    `数据目录 ${dir} 的数据库正被另一个受理台主机使用，同一数据库只能由一个主机打开。请先关闭那个主机，或换一个数据目录。`,
  postgresBadUrl: (url: string) =>
    `数据库地址写法不对：${url}。应为 postgres://用户名:密码@服务器地址:端口/数据库名，请检查 --database。`,
  postgresInClear: (url: string) =>
    `数据库地址 ${url} 不在本机，且未要求加密连接：身份证号等个人信息会明文经过网络。请数据库管理员在服务器上启用 TLS，并在地址末尾加上 ?sslmode=verify-full。`,
  postgresUnreachable: (url: string) =>
    `连不上数据库服务器：${url}。请确认服务器已开机、PostgreSQL 正在运行、地址和端口无误，且防火墙放行。`,
  postgresNoSuchHost: (url: string) => `找不到数据库服务器：${url}。请检查 --database 中的服务器名称或地址。`,
  postgresRefusedLogin: (url: string) => `数据库服务器拒绝登录：${url}。用户名或密码不对，或该用户无权连接。请向数据库管理员核对。`,
  postgresNoDatabase: (url: string) => `数据库服务器上没有这个数据库：${url}。请先由数据库管理员创建（见 README「县级部署」），或检查库名。`,
  databaseLost: (url: string) => `与数据库服务器 ${url} 的连接中断，正在每秒重连。`,
  databaseBack: (url: string) => `已重新连上数据库服务器 ${url}。`,
  postgresNoCentre: (url: string, schema: string) =>
    `数据库 ${url} 中没有这个中心（${schema}）。请检查 --area 的区划代码，或先用 desk init / desk import 建立该中心。`,
  badArea: (text: string) => `区划代码写法不对：${text}。县（区）中心为 6 位数字，如 140828；乡镇（街道）中心为 9 位，如 140828101。`,
  areaNeedsDatabase: '--area 只用于县级 PostgreSQL 数据库，请同时给出 --database（或环境变量 DESK_DATABASE）。',
  postgresFailed: (url: string, why: string) => `无法使用数据库 ${url}：${why}。请联系数据库管理员。`,
  databaseTooNew: (file: string) =>
    `数据库 ${file} 由更新版本的程序创建，本程序无法打开。请安装最新版本的一站式受理台。`,
  migrationFailed: (why: string, backup: string) =>
    `数据库升级失败：${why}。数据库已回滚，升级前的备份在 ${backup}。请联系技术支持。`,
  insecureLab: '警告：主机以明文 HTTP 在局域网上服务（--insecure-lab），密码和身份证号在网络上不加密。只可用于实验环境。',
  badAddress: (value: string) => `不是有效的 IP 地址：${value}。`,
  portInUse: (port: number) => `端口 ${port} 已被占用。请用 --port 换一个端口，或关闭占用该端口的程序。`,
  addressUnavailable: (addr: string) => `无法在地址 ${addr} 上监听：本机没有这个地址。请检查 --bind 参数。`,
  badPort: (value: string) => `端口号无效：${value}。请填写 0–65535 之间的数字（0 表示自动选择）。`,
  missingOption: (name: string) => `缺少参数 --${name}。运行 desk help 查看用法。`,
  unknownCommand: (name: string) => `未知的命令：${name}。运行 desk help 查看可用命令。`,
  badAdminPassword: (why: string) => `管理员密码不符合要求：${why}`,
  badAdminUser: (why: string) => `管理员用户名不符合要求：${why}`,
  badCentreName: (why: string) => `中心名称不符合要求：${why}`,
  badCountyCode: (why: string) => `县（区）代码不符合要求：${why}`,
  rendererMissing: '未找到界面文件（dist/renderer）。请先运行 npm run build:renderer；API 仍可使用。',
} as const;

/** The data disk failing under the host: nothing was saved, what was typed is still in the window. */
export const STORAGE_MSG = {
  full: '主机的数据盘已满，刚才的操作没有保存（已填写的内容仍在本窗口）。请管理员清理主机磁盘空间后再点一次。',
  read_only: '主机的数据盘现在只能读、不能写，刚才的操作没有保存（已填写的内容仍在本窗口）。请管理员检查主机的硬盘后再点一次。',
  io: '主机读写数据盘出错，刚才的操作没有保存（已填写的内容仍在本窗口）。请稍后再点一次；如反复出现，请管理员检查主机的硬盘。',
  server: '暂时连不上本县的数据库服务器（可能正在重启），刚才的操作没有保存（已填写的内容仍在本窗口）。请稍等片刻再点一次；如几分钟后仍不行，请联系管理员。',
} as const;

export const MSG_MORE = {
  wrongHost: '主机不接受以这个名称发来的请求。请用主机的地址（设置中列出的名称或 IP 地址）打开受理台。',
  mustChangePassword: '这是管理员设置的初始密码，请先修改密码再继续办理。',
  unsupportedContent: '提交的数据类型不受支持，未保存任何内容。请刷新页面后重试。',
} as const;

/** What `desk` prints on the command line. */
export const CLI_TEXT = {
  help: `一站式受理台 desk — 命令行

用法：
  desk init --data-dir 目录 --center "南大里乡综治中心" --admin-user admin --admin-password 密码 [--county 140828]
      新建数据库和第一个管理员（不会覆盖已有数据库）；--county 为本县（区）行政区划代码，供登记住址选择
  desk host --data-dir 目录 [--port 5170] [--bind 127.0.0.1] [--tls] [--database postgres://… [--area 区划代码] [--papers 共享文件夹]]
      启动主机：提供界面和接口；默认只监听本机，--bind 0.0.0.0 供局域网其他电脑访问（此时一律用 HTTPS）；
      --tls 本机也用 HTTPS；--insecure-lab 仅供实验环境在局域网上用明文 HTTP（各窗口显示红色警告）
      --database 使用县级 PostgreSQL 数据库（多台主机共用一个库；也可用环境变量 DESK_DATABASE 给出，
      以免密码出现在进程列表中）；init 同样接受 --database，在空库中建中心；
      --area 一个县级数据库中有多个中心时，本中心的区划代码（县中心 6 位，乡镇 9 位），各中心的数据互不相通；
      host 可给出多个 --area，一台主机同时服务这些中心（登录页选择中心）；
      --papers 文书和图片所在的文件夹（默认数据目录下的 documents；县里多台主机共用一个共享文件夹，
      给出 --area 时本中心的文书在其下以区划代码命名的子文件夹中）
  desk cert renew --data-dir 目录 [--name 主机名 …] [--address IP地址 …]
      换发主机证书（本机名称和地址，加上给出的名称、地址）；中心根证书不变，已安装的电脑无需重装
  desk demo [--data-dir .desk-data] [--port 5170]
      演示：首次运行时建一个演示中心并打印管理员密码，然后启动主机
  desk backup --data-dir 目录 --out 目标文件夹
      备份数据库、全部文书文件和中心证书（带 SHA-256 清单，写完即校验）；主机运行时也可以
  desk restore --from 备份文件夹 --data-dir 目录
      先校验整份备份，再恢复；不会恢复到正在使用的数据目录，原有数据移到 replaced-时间 文件夹
  desk verify --data-dir 目录 [--quick]
      数据校验：数据库完整性、审计链、日结校验码、文书文件、编号连续；发现问题时退出码为 1
  desk export --data-dir 目录 --out 目标文件夹
      乡镇中心迁入县级数据库的第一步：整份数据（数据库、文书、证书，带 SHA-256 清单）迁出到目标文件夹；
      须先停止本机主机，迁出后本机主机不再启动，以免两处数据分叉
  desk import --from 迁出文件夹 --database postgres://… --area 区划代码 --data-dir 目录 [--papers 共享文件夹]
      把乡镇的迁出数据导入县级数据库中该中心的位置：编号、审计链、历史原样保留；导入后逐表核对行数
      并做全量数据校验，有任何不符则整个撤销
  desk unlock --data-dir 目录 --user 用户名
      登录失败次数过多被锁定的账号立即解锁（在主机电脑上运行，不需要登录任何账号）
  desk help
      显示本说明`,
  initDone: (file: string, user: string) => `已创建数据库：${file}\n管理员用户名：${user}`,
  demoCreated: (user: string, password: string, file: string) =>
    `已新建演示中心。管理员用户名：${user}  密码：${password}\n（密码也保存在 ${file}）`,
  demoExisting: (file: string) => `使用已有的演示数据。管理员密码见 ${file}`,
  openHint: (url: string) => `请在浏览器中打开 ${url}`,
  stopped: '主机已停止，数据库已保存。',
  backupDone: (file: string) => `备份完成：${file}`,
  unlocked: (user: string) => `已解锁账号 ${user}，可以立即重新登录。`,
  tlsFingerprint: (spki: string) => `HTTPS 已启用。主机证书公钥指纹（SHA-256）：${spki}`,
  certRenewed: (names: string, spki: string) => `已换发主机证书，适用于：${names}\n公钥指纹（SHA-256）：${spki}\n请重启主机使新证书生效。`,
  failed: (message: string) => `错误：${message}`,
} as const;

export const VISIT_MSG = {
  counterRequired: '登记来访须先选定窗口：请在页面顶部的“选择窗口”中选本机所在的窗口。',
  categoryNotFound: '所选诉求类别不存在或已停用，请重新选择。',
  visitorNotFound: '所选的来访人不存在，可能已被合并。请重新查找。',
  matterNotFound: '找不到该事项，请核对编号后重试。',
  visitNotFound: '找不到该登记记录，请核对后重试。',
  repeatOfDeclined: '所关联的事项已不予受理，不能作为重复访关联。请作为新事项登记。',
  idTaken: (masked: string) => `身份证号 ${masked} 已属于另一位来访人，请核对号码。`,
  correctionNeedsSupervisor: '只能在登记当天更正；以往的登记须由负责人更正。',
  nothingToCorrect: '没有需要更正的内容。',
} as const;

/** Why a step of the referral loop is refused. */
export const FLOW_MSG = {
  notNow: (action: string, status: string) => `事项当前为“${status}”，不能${action}。请刷新后查看最新状态。`,
  role: (action: string) => `您的角色不能${action}。`,
  notYourStation: '这件事项没有派给您所在的单位，不能办理。',
  phoneNotYours: '只有承办这件事项的单位在办理期间可以查看来访人完整电话；已办结或已改派的，请联系综治中心。',
  returnTooLate: (days: number) => `派单已超过 ${days} 个工作日，不能再退回；如确非本单位职责，请联系综治中心负责人改派。`,
  extendedAlready: '办理期限只能延长一次，本事项已延长过。',
  extendTooLong: (max: number) => `信访事项最多延长 ${max} 天。`,
  archiveDisputed: '群众不满意的事项须由负责人研判后归档。',
  stale: '此事项刚被他人更新，您的操作未执行。请刷新后查看最新状态再操作。',
  revisitInPast: '回访日期不能早于今天。',
  revisitNeedsPerformance: '这件事项经过人民调解，回访时请选择协议履行情况（统计按此计算履行率）。',
} as const;

/** 研判会. */
export const ASSESSMENT_MSG = {
  future: '研判日期不能晚于今天。',
  noMatter: (id: number) => `找不到编号为 ${id} 的事项，请刷新后重选。`,
  closed: (code: string) => `事项 ${code} 已归档或不予受理，不再研判。`,
  noStation: '找不到所选的责任单位，请刷新后重选。',
  noMeeting: '找不到该研判会，请刷新后重试。',
} as const;

/** 设置 · 节假日. */
export const GRID_MSG = {
  notFound: '没有找到这条网格上报，可能已被删除，请刷新后重试',
  notPending: (status: string) => `这条网格上报已是“${status}”，不能再办理；请刷新列表`,
  futureDay: '发现日期晚于今天，请核对',
  notImage: (n: number) => `第 ${n} 张照片不是 JPG 或 PNG 图片，请重新选择（视频、PDF 等文件不能作为照片上报）`,
  photoTooLarge: (n: number, kb: number) => `第 ${n} 张照片过大（不超过 ${kb} KB），请重新拍摄或选择较小的照片`,
  photoNotFound: '照片不存在或无权查看',
  notYours: '只能查看本人上报的照片',
  oldExcel: '这是旧版 Excel 97-2003（.xls）文件，无法读取；请在 Excel 中“另存为” .xlsx 后再导入',
  notSpreadsheet: '这不是表格文件；请导入网格平台导出的 .xlsx 或 .csv 文件',
  unreadable: '表格文件已损坏或无法读取，请重新从网格平台导出',
  empty: '表格中没有数据行',
  tooManyRows: (max: number) => `一次最多导入 ${max} 行，请在网格平台按月分批导出`,
  missingColumns: (names: string[]) => `表格缺少必需的列：${names.join('、')}；请确认导出的是网格平台的“事件”表，且第一行是列名`,
  nothingToTake: '没有可导入的行：每一行都有问题，请按原因修改后重新导入',
  duplicateInFile: (row: number) => `与第 ${row} 行的事件编号重复`,
  alreadyTaken: (code: string) => `这条事件已导入过（${code}）`,
};

/** The counter's devices. */
export const DEVICE_MSG = {
  notSet: '本机没有设置读卡器；请管理员在“设置 · 设备”填写读卡器驱动库的位置。可继续手工录入。',
  notHere: '读卡器接在主机上，只有主机这台电脑上的窗口可以读卡；请手工录入证件信息。',
  library_missing: (path: string) => `没有找到读卡器驱动库：${path}。请按 README 的说明把厂商驱动库放到该位置，或在“设置 · 设备”改正路径。可继续手工录入。`,
  library_wrong_arch: '读卡器驱动库与本机不匹配（32 位与 64 位，或处理器不同）；请向厂商索取本机系统的版本。可继续手工录入。',
  library_not_termb: '这个驱动库不是二代证读卡器的 termb 接口（缺少 CVR_InitComm 等函数）；请向厂商索取 termb 接口的驱动库。可继续手工录入。',
  no_reader: (port: number) => `没有连接到读卡器（端口 ${port}）：请检查读卡器的 USB 线和电源，或在“设置 · 设备”换端口。可继续手工录入。`,
  read_failed: '读卡没有完成：请把身份证平放在读卡器上、不要移动，再点“读卡”。可继续手工录入。',
  expired: (day: string) => `证件已过有效期（有效期至 ${day}），信息已读入；请提醒来访人及时换领。`,
};

/** 材料: pictures of what a visitor hands in. */
export const MATERIAL_MSG = {
  notImage: '这不是 JPG 或 PNG 图片，请重新拍照或选择图片文件',
  tooLarge: (kb: number) => `图片过大（不超过 ${kb} KB），请降低高拍仪分辨率或裁去空白后重拍`,
  notFound: '没有找到这份材料，可能已被删除，请刷新后重试',
  missing: '材料的图片文件不在了，请联系管理员用“数据检查”查看',
};

/** 访客屏. */
export const SCREEN_MSG = {
  noCounter: '请先选择窗口（右上角“窗口”），访客屏配对到窗口',
  wrongCode: '配对码不对或已过期：请在窗口“访客屏”里重新生成配对码',
  notPaired: '访客屏未配对或已被窗口解除配对：请在窗口重新生成配对码',
  moved: '窗口已换到下一步，请看屏幕上现在的内容',
  signature: { empty: '请用手指或手写笔在框内签名', too_large: '签名过于复杂，请点“重签”后再签', off_pad: '签名超出了签名框，请点“重签”后再签' },
  rateOnScreen: '本窗口已配对访客屏：请让群众在访客屏上评价并签名；如确需代为评价，请写明原因',
  answerNotFound: '访客屏上的评价不是这件事项的，请让群众重新评价',
  answerUsed: '这次评价已用于签单，请让群众重新评价',
};

export const CALENDAR_MSG = {
  notEntered: (year: number) => `${year} 年没有录入过放假安排，无需撤销。`,
} as const;

export const DOC_MSG = {
  stationInHall: (name: string, onDuty: string) => `${name}今日在厅${onDuty ? `（${onDuty}）` : ''}，无需召集；请直接把派单单交给在厅人员`,
  petitionOnly: '只有信访事项才出具信访文书。',
  petitionDeclined: '不予受理的事项请打印不予受理告知书。',
  petitionNotExtended: '办理期限没有延长过，不需要延期告知书。延长期限请由负责人在事项页“延期”。',
  petitionNoResult: '承办单位还没有报告办理结果，暂不能出具处理意见书。',
  notFound: '找不到该文书，请刷新后重试。',
  voided: '该文书已作废，不能补打。',
  alreadyVoided: '该文书已经作废。',
  renderFailed: '文书已登记编号，但生成 PDF 时出错。请在“打印”页点“补打”重新生成；如仍出错，请联系管理员。',
  declinedNoReceipt: '不予受理的事项应出具不予受理告知书，不出受理回执。',
  noticeOnlyDeclined: '只有不予受理的事项才出具不予受理告知书。',
  notSignedOff: '事项还没有签单，签单后才能打印签单确认单。',
  slipNeedsReferral: '事项尚未派单（或已退回），没有可打印的派单单。',
  otherCounter: '这张文书是其他窗口开具的，受理员只能作废本窗口的文书。如确需作废，请负责人办理。',
  /** A matter holds one valid paper of a kind (a referral one slip): another copy is a 补打. */
  alreadyValid: (label: string, number: string) => `本事项已有有效的${label} ${number}。再给一份请用“补打”；需要新编号，请先在“打印”页作废原${label}。`,
} as const;

export const MEDIATION_MSG = {
  notCommittee: '所选单位不是人民调解委员会（或司法所），不能登记口头协议；请重新选择',
  refused: {
    role: '只有承办的调解委员会工作人员和中心负责人可以办理人民调解；窗口只能办理当场化解时登记的口头协议。',
    not_mediating_station: '这件事项没有派给人民调解委员会（或司法所），不能制作调解文书。如需调解，请先改派。',
    not_your_station: '这件事项不在您所在的调解委员会办理。',
    not_open: '事项尚未接收，或已经归档，不能修改调解卷宗。',
  },
  stale: '调解卷宗已被他人修改。请刷新后核对，再保存；您填写的内容仍在表单中。',
  locked: (number: string) => `协议书 ${number} 已出具，内容不能再改。如需修改，请先在“打印”页作废该协议书，再重新出具。`,
  notSaved: '请先保存调解卷宗，再打印调解文书。',
  alreadyIssued: (number: string) => `本事项的协议书 ${number} 已经出具。需要再打一份，请用“补打”；需要改内容，请先作废原协议书。`,
  oralOnly: '只有口头协议才填写口头协议登记表；书面协议请出具人民调解协议书。',
  writtenOnly: '口头协议不出具协议书，请打印口头协议登记表。',
  noRevisit: '还没有回访记录，请先填写回访情况并保存。',
  needsResponsibility: '协议书须写明各方当事人的责任（人民调解法第二十九条）。请在卷宗中填写“各方当事人的责任”并保存，再出具。',
  needsRequests: '申请书须列明申请事项。请在卷宗中填写“申请事项”并保存，再打印。',
  noInvestigation: '卷宗中还没有调查记录。请先在“调查记录”中填写并保存。',
  needsAgreement: '还没有生效的调解协议（出具的协议书或登记的口头协议），不能申请司法确认。',
} as const;

export const DAY_MSG = {
  future: '不能为尚未到来的日子日结。',
  alreadyClosed: (day: string) => `${day} 已经日结。如需更改，请负责人先重开该日。`,
  notClosed: (day: string) => `${day} 尚未日结，不需要重开。`,
  unresolved: (n: number) => `还有 ${n} 处差异没有处理：请补打、作废或填写说明后再日结。`,
  closedNoChange: (day: string) => `${day} 已日结，不能再补充说明。如需更改，请负责人先重开该日。`,
  notADiscrepancy: '该项已不是差异（可能已补打或作废），请刷新后再看。',
  closeFirst: (day: string) => `${day} 的业务还没有日结。请先到“日结”页完成该日日结（或请负责人代为日结），再登记新的来访。`,
  counterRequired: '日结按窗口进行：请先在页面顶部的“选择窗口”中选本机所在的窗口。',
  todayClosed: '本窗口今天已经日结，不能再登记。如确需继续登记，请负责人在“日结”页重开今天。',
  otherCounter: '受理员只能为自己登录的窗口日结。',
  countersOpen: (names: string) => `以下窗口尚未日结：${names}。请各窗口先日结（或由负责人代为日结），再做全中心日结。`,
  centreClosed: (day: string) => `${day} 全中心已经日结。`,
  correctionAfterClose: '该日已日结，更正需由负责人办理，并列入下一张日结单的“日结后更正”。',
  voidAfterClose: '该文书所在日期已日结，作废需由负责人办理，并列入下一张日结单的“日结后更正”。',
} as const;

export const PRINTER_MSG = {
  unknown: (printer: string) => `找不到打印机“${printer}”。请在“设置”中重新选择本窗口的打印机，或联系管理员。文书已保存，可稍后补打。`,
  disabled: (printer: string) => `打印机“${printer}”已停用或脱机。请检查电源、纸张和连接后补打。文书已保存，不影响登记。`,
  failed: (printer: string, why: string) => `打印机“${printer}”未能接收文书（${why}）。文书已保存，可稍后补打。`,
  noSystem: '本机没有可用的打印系统（CUPS）。请另存为 PDF 后打印，或联系管理员安装打印机。',
  windowsNoPrinter: (printer: string) => `Windows 没有名为“${printer}”的打印机。请在“设置 · 窗口”中重新选择。文书已保存，可稍后重新打印。`,
} as const;

/** Pairing a terminal PC with the host, and what a terminal is told when it may not come in. */
export const PAIRING_MSG = {
  badAddress: '主机地址须以 https:// 开头（如 https://192.168.1.10:5170）：局域网上不用明文连接。',
  noTls: '主机没有启用 HTTPS（本机回环或实验模式），不能配对终端。请以局域网模式启动主机后再配对。',
  badCode: '配对码应为 8 位字母和数字（如 K7P3-MX9Q），请对照管理员电脑上显示的配对码重新输入。',
  badName: '请填写这台电脑的名称（如：二号窗口），不超过 20 个字。',
  codeRefused: '配对码不对或已失效（有效 5 分钟，只能用一次，输错 5 次作废）。请请管理员在“设置 → 终端”重新生成配对码。',
  hostMismatch: '主机出示的证书与配对码不符：连接可能被他人冒充。未发送任何信息。请核对主机地址，并请管理员确认屏幕上的配对码。',
  unreachable: '无法连接该地址的受理台主机。请确认地址（如 https://192.168.1.10:5170）、主机电脑已开机，且两台电脑在同一局域网。',
  revoked: '本终端的配对已被管理员撤销，不能再连接主机。请向管理员索取新的配对码，重新配对。',
  unpaired: '本中心只允许已配对的受理台终端连接。请在这台电脑安装一站式受理台，并向管理员索取配对码。',
  notFound: '没有这个终端。请刷新列表。',
  quitButton: '退出',
  pairAgainButton: '重新配对',
  wrongHost: '主机出示的证书不是配对时记下的那一张：连接可能被他人冒充，已停止连接。请联系管理员核实主机；如主机确已更换，请重新配对。',
} as const;

/** Backups, restores and the data check (数据校验). */
/** 上报 / 下派 between the centres of a county database. */
export const CENTRE_MSG = {
  notInCounty: '本中心不在县级数据库中（单机运行），不能与县、乡镇中心之间上报或下派。',
  badLink: (area: string) => `区划代码 ${area} 不是本中心的上级县中心或下辖乡镇中心：乡镇只能上报本县（区划代码的前 6 位），县只能下派本县的乡镇。`,
  noSuchCentre: (area: string) => `县级数据库中还没有区划代码为 ${area} 的中心，请先在那里建立（desk init 或 desk import），或核对区划代码。`,
  notLinkedBack: (name: string) => `${name} 还没有把本中心设为对应的入驻单位，暂时看不到、也不能办理它交来的事项。请联系该中心的管理员在“入驻单位”中添加本中心。`,
  notAHandoff: '这一步不能由交办的另一方中心办理。',
  notACounty: '全县汇总只在县中心查看：本中心不是县级数据库中的县中心。',
  handledBy: (note: string, person: string) => (note ? `${note}（经办：${person}）` : `经办：${person}`),
} as const;

/** Moving a township's centre from its own PC into the county database (`desk export`, `desk import`). */
export const MOVE_MSG = {
  stopHostFirst: (dir: string) => `迁出前请先停止本中心的主机（${dir} 的数据库正在使用）：迁出后本机不再登记，迁出时不能有人还在办理。`,
  onlyTownshipFile: '迁出只用于乡镇主机本机的数据（SQLite 文件）；县级数据库中的中心由数据库服务器备份和迁移。',
  exported: (dir: string, files: number) => `已迁出到：${dir}（${files} 个文件，带 SHA-256 清单）\n本机数据已标记为“已迁出”，本机主机不再启动。请在县里用 desk import 导入。`,
  movedAway: (at: string, to: string) =>
    `本中心的数据已于 ${at} 迁出（${to}），此后在县级数据库中办理，本机不再登记，以免两处数据分叉。如确需在本机继续使用，请用 desk restore 恢复迁出前的备份。`,
  refused: (findings: string[]) => `这份迁出数据未通过检查，没有导入任何内容：\n${findings.map((f) => `- ${f}`).join('\n')}\n请在乡镇重新迁出一次。`,
  needsArea: '导入须给出 --area（本中心的区划代码）和 --database：每个中心导入到县级数据库中自己的位置。',
  centreExists: (place: string) => `县级数据库中已有这个中心：${place}。导入不会覆盖已有的数据；请核对 --area。`,
  papersNotEmpty: (dir: string) => `文书文件夹 ${dir} 中已有文件。导入不会覆盖别的中心的文书；请核对 --papers 和 --area。`,
  imported: (place: string, rows: number, tables: number, papers: number) =>
    `已导入 ${place}：${tables} 张表共 ${rows} 行，文书和图片 ${papers} 个；编号、审计链和历史记录原样保留，已逐表核对行数并完成全量数据校验。`,
  failed: (why: string) => `导入未能完成，已整个撤销（县级数据库和文书文件夹中没有留下这个中心的任何内容）：${why}。请把这句话告诉技术支持。`,
  countsDiffer: (table: string, from: number, to: number) => `导入后核对不符：表 ${table} 迁出 ${from} 行，导入后 ${to} 行。已撤销本次导入，请联系技术支持。`,
  checkFailed: (report: string) => `导入后的全量数据校验发现问题，已撤销本次导入：\n${report}`,
} as const;

export const BACKUP_MSG = {
  serverDatabase: '本县的数据库在数据库服务器上，由服务器按其计划备份（pg_dump）；受理台主机不备份数据库。文书文件夹请随服务器的共享文件夹一并备份。',
  exists: (dir: string) => `备份文件夹已存在：${dir}。请稍后再试，或换一个目标文件夹。`,
  noManifest: (dir: string) => `${dir} 不是受理台的备份（缺少 manifest.json），或备份没有写完。请选择以 desk-backup- 开头的完整备份文件夹。`,
  badManifest: '备份清单（manifest.json）无法读取，备份可能已损坏。请换一份备份。',
  fileMissing: (path: string) => `备份缺少文件：${path}。`,
  fileChanged: (path: string) => `备份中的文件与清单不符（大小或 SHA-256 不同）：${path}，文件可能已损坏或被改动。`,
  databaseBroken: (why: string) => `备份中的数据库未通过完整性检查：${why}。`,
  refused: (findings: string[]) => `这份备份未通过检查，没有恢复任何内容：\n${findings.map((f) => `- ${f}`).join('\n')}\n请换一份备份。`,
  inUse: (dir: string) => `数据目录 ${dir} 正被运行中的受理台主机使用，不能恢复到这里。请先关闭主机（或换一个数据目录）再恢复。`,
  tooNew: (version: number, latest: number) => `备份来自更新版本的程序（数据结构第 ${version} 版，本程序只认到第 ${latest} 版）。请先安装最新版本的一站式受理台。`,
  restored: (from: string, dir: string, replaced: string | null) =>
    `已从 ${from} 恢复到 ${dir}。${replaced ? `原有数据已移到 ${replaced}，未删除。` : ''}请启动主机并核对最近的登记和文书。`,
  backedUp: (dir: string, files: number) => `备份完成并已校验：${dir}（数据库和 ${files - 1} 个文件）。`,
  noTarget: '还没有设置备份文件夹。请在“设置 → 系统”填写备份文件夹（如 U 盘上的文件夹）后再备份。',
  targetNotWritable: (dir: string) => `备份文件夹 ${dir} 不存在或无法写入。请插上备份用的 U 盘、检查共享文件夹，或换一个文件夹。`,
  failed: (why: string) => `备份失败：${why}。已有的备份没有受影响。请检查备份文件夹的空间后重试。`,
  warnTargetMissing: (dir: string) => `备份文件夹 ${dir} 现在不可用（U 盘未插上或共享文件夹断开），今天的数据无法备份。请插上备份用的 U 盘。`,
  warnStale: (days: number | null) => (days === null ? '本中心还没有成功备份过数据。请管理员在“设置 → 系统”设置备份文件夹并立即备份。' : `已经 ${days} 天没有成功备份数据。请管理员在“设置 → 系统”检查备份文件夹并立即备份。`),
  hostUnreachable: '主机正在运行，但没有应答备份请求。请稍后再试，或在主机的“设置 → 系统”中备份。',
} as const;

/** 数据校验: what the check of the records found. */
export const VERIFY_MSG = {
  allGood: '数据校验通过：数据库完整，审计链连续，日结记录的校验码相符，文书文件与记录一致，编号连续。',
  found: (n: number) => `数据校验发现 ${n} 处问题（请联系技术支持，并用最近一次校验通过的备份核对）：`,
  integrity: (line: string) => `数据库文件损坏：${line}`,
  foreignKey: (parent: string) => `引用了不存在的 ${parent} 记录`,
  chainBroken: '审计记录与审计链不符：这一条被改动过，或它之前的一条被删除。',
  chainGap: (expected: number, found: number) => `审计记录缺失：第 ${expected} 条之后直接是第 ${found} 条，中间的记录被删除。`,
  markMissing: (day: string, id: number) => `${day} 日结时审计链到第 ${id} 条，现在这一条已不存在：审计记录的尾部被删除。请对照当天签字的日结单。`,
  markDiffers: (day: string, id: number) => `${day} 日结时记下的审计链校验码与现在第 ${id} 条不符：此前的历史被改写。请对照当天签字的日结单。`,
  paperMissing: (number: string) => `文书 ${number} 的文件不见了。`,
  paperChanged: (number: string) => `文书 ${number} 的文件与开具时记录的 SHA-256 不符，文件被改动过。`,
  materialMissing: (code: string, caption: string) => `事项 ${code} 的材料“${caption}”的图片文件不见了。`,
  materialChanged: (code: string, caption: string) => `事项 ${code} 的材料“${caption}”的图片与保存时记录的 SHA-256 不符，文件被改动过。`,
  numberHoles: (kind: string, year: number, count: number, last: number) => `${year} 年 ${kind} 文书编号不连续：有 ${count} 张，最大编号为 ${last}。`,
  visitUnaudited: (visitNo: string) => `来访 ${visitNo} 没有对应的登记审计记录：不是经本程序登记的。`,
} as const;

/** 查阅记录. */
export const VIEW_MSG = {
  visitorNotFound: '找不到该来访人，可能已被合并。请重新查找。',
  userNotFound: '找不到该工作人员。请刷新后重新选择。',
} as const;

/** 合并重复的来访人记录. */
export const MERGE_MSG = {
  same: '不能把一条记录与它自己合并。请选另一条记录。',
  alreadyMerged: '其中一条记录已经合并到别的记录。请从合并后保留的记录操作。',
  twoValidIds: '两条记录的身份证号不同且都有效：这是两个人，不能合并。如号码确有录错，请先更正。',
  sameVisit: '两条记录出现在同一次来访中（如集体访的两名代表）：这是两个人，不能合并。',
  notFound: '找不到这次合并，请刷新后重试。',
  alreadyUndone: '这次合并已经撤销过了。',
  laterMerge: '这两条记录之后又参与了别的合并。请先撤销之后的那次合并，再撤销这一次。',
  visitorNotFound: '所选的来访人不存在，请重新查找。',
} as const;

/** 保存期限与到期清理. */
export const RETENTION_MSG = {
  listChanged: (n: number) => `名单中有 ${n} 人已不再到期（可能又来访、被设了法律保留或已清理），本次未作任何清理。请刷新名单后重新确认。`,
  holdNotFound: '找不到这条保留，可能已经解除。请刷新后重试。',
  matterNotFound: '找不到该事项，请刷新后重试。',
} as const;
