import { z } from 'zod';
import { IdSchema } from './ids';
import { LocalizedNameSchema } from '../vocabulary';

/** What each urgency level means for one category, in the requester's terms (问题分类与优先级定义表). */
export const CategoryUrgencyDefinitionsSchema = z.strictObject({
  urgent: LocalizedNameSchema,
  high: LocalizedNameSchema,
  medium: LocalizedNameSchema,
  low: LocalizedNameSchema,
});
export type CategoryUrgencyDefinitions = z.infer<typeof CategoryUrgencyDefinitionsSchema>;

/** Keyed by category id; a category without an entry shows only the general meaning of each level. */
export const UrgencyDefinitionsSchema = z.record(IdSchema, CategoryUrgencyDefinitionsSchema);
export type UrgencyDefinitions = z.infer<typeof UrgencyDefinitionsSchema>;

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * The standard's category × severity definition table (三、(二) 问题分类与优先级定义表). The standard spells out
 * hardware and software word for word; the other four categories apply its priority definitions (二、(二):
 * core business down / main function unavailable / part of a function abnormal / minor question or non-core
 * device) to the scenarios the standard names for them (一、适用范围). A fresh object on every call.
 */
export const standardUrgencyDefinitions = (): UrgencyDefinitions => ({
  hardware: {
    urgent: text('核心电脑宕机影响业务', 'A core computer is down and business is affected'),
    high: text('非核心电脑故障', 'A non-core computer is faulty'),
    medium: text('外设损坏', 'A peripheral is damaged'),
    low: text('配件老化', 'A part is ageing'),
  },
  software: {
    urgent: text('系统无法登录', 'Nobody can log into the system'),
    high: text('核心功能异常', 'A core function fails'),
    medium: text('非核心功能异常', 'A non-core function fails'),
    low: text('界面显示问题', 'A display problem in the interface'),
  },
  network: {
    urgent: text('核心业务网络中断(如生产系统断网)', 'The network of core business is down (e.g. the production system is offline)'),
    high: text('主要网络服务不可用(如VPN或数据库连接失败)', 'A main network service is unavailable (e.g. VPN or database connections fail)'),
    medium: text('部分区域网络异常(如个别会议室Wi-Fi不通)', 'The network fails in part of the site (e.g. no Wi-Fi in one meeting room)'),
    low: text('网络偶发缓慢或设置咨询', 'Occasional slowness or a network settings question'),
  },
  consultation: {
    urgent: text('不会操作导致核心业务停办(如当日结算无法完成)', 'Core business stops for want of know-how (e.g. today’s settlement cannot be completed)'),
    high: text('主要业务功能不会使用(如无法在CRM录入客户数据)', 'A main business function cannot be used without help (e.g. entering customer data in the CRM)'),
    medium: text('部分功能使用疑问(如报表如何导出)', 'A question about part of a function (e.g. how to export a report)'),
    low: text('轻微操作疑问(如软件设置咨询)', 'A minor how-to question (e.g. a software settings question)'),
  },
  'data-security': {
    urgent: text('数据泄露、病毒扩散或核心账号被盗', 'A data leak, a spreading virus or a compromised core account'),
    high: text('单台电脑中毒或账号被锁定', 'One computer infected or an account locked'),
    medium: text('权限配置异常或备份失败', 'Wrong permissions or a failed backup'),
    low: text('安全设置咨询或恢复单个文件', 'A security settings question or restoring a single file'),
  },
  'third-party': {
    urgent: text('核心业务依赖的外部服务或接口完全中断', 'An external service or interface core business depends on is fully down'),
    high: text('集成接口主要功能异常(如订单无法同步)', 'A main function of an integration fails (e.g. orders do not synchronise)'),
    medium: text('部分接口或数据迁移异常(如个别记录迁移失败)', 'Part of an interface or migration fails (e.g. some records do not migrate)'),
    low: text('云资源调配申请或对接咨询', 'A cloud resource request or an integration question'),
  },
});
