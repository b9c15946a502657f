import type { Taxonomy } from './taxonomy-schema';

const sub = (id: string, zh: string, en: string) => ({ id, name: { 'zh-CN': zh, en } });

/** The six categories of the standard (问题分类) with the subcategories its scenarios name (DOMAIN.md §2). */
export const defaultTaxonomy = (): Taxonomy => ({
  categories: [
    {
      id: 'hardware',
      name: { 'zh-CN': '硬件故障', en: 'Hardware fault' },
      subcategories: [
        sub('pc-host', '电脑主机故障', 'PC/host fault'),
        sub('peripheral', '外设损坏', 'Peripheral damage'),
        sub('printer', '打印机故障', 'Printer'),
        sub('server-down', '服务器宕机', 'Server down'),
        sub('meeting-room', '会议室设备', 'Meeting-room equipment'),
        sub('mobile-device-lost', '移动设备丢失', 'Lost mobile device'),
      ],
    },
    {
      id: 'software',
      name: { 'zh-CN': '软件异常', en: 'Software exception' },
      subcategories: [
        sub('business-system-error', '业务系统报错(ERP/CRM/OA)', 'Business-system error (ERP/CRM/OA)'),
        sub('install-failure', '软件无法安装', 'Installation failure'),
        sub('blue-screen', '电脑蓝屏', 'Blue screen'),
        sub('performance', '系统卡顿', 'Performance / lag'),
        sub('data-sync', '数据同步异常', 'Data sync error'),
      ],
    },
    {
      id: 'network',
      name: { 'zh-CN': '网络问题', en: 'Network issue' },
      subcategories: [
        sub('network-outage', '网络中断', 'Network outage'),
        sub('wifi', '无线网络(Wi-Fi)', 'Wi-Fi'),
        sub('vpn', 'VPN', 'VPN'),
        sub('dns', '域名解析(DNS)', 'DNS'),
        sub('database-connection', '数据库连接失败', 'Database connection failure'),
      ],
    },
    {
      id: 'consultation',
      name: { 'zh-CN': '操作咨询', en: 'How-to consultation' },
      subcategories: [
        sub('operation', '操作疑问', 'Operation question'),
        sub('settings', '设置咨询', 'Settings question'),
        sub('account-permission', '账号权限问题', 'Account / permission question'),
      ],
    },
    {
      id: 'data-security',
      name: { 'zh-CN': '数据安全', en: 'Data security' },
      subcategories: [
        sub('account-compromise', '账号锁定或被盗', 'Account locked / compromised'),
        sub('malware', '病毒或恶意软件', 'Virus / malware'),
        sub('data-leak', '数据泄露', 'Data leak'),
        sub('permission-misuse', '权限滥用', 'Permission misuse'),
        sub('backup-restore', '备份与恢复', 'Backup / restore'),
      ],
    },
    {
      id: 'third-party',
      name: { 'zh-CN': '第三方服务', en: 'Third-party service' },
      subcategories: [
        sub('integration-interface', '软件集成接口异常', 'Integration interface error'),
        sub('cloud-resource', '云服务资源调配', 'Cloud resource request'),
        sub('data-migration', '外部系统数据迁移', 'External data migration'),
      ],
    },
  ],
});
