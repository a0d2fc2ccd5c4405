/**
 * The texts of exported files, in both languages: core writes the files, so it cannot use the
 * renderer's i18next; the value labels match renderer/i18n/locales (channel.regulator: lead.json; the added subtypes: shift.json).
 */
export const EXPORT_LANGUAGES = ['zh-CN', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TEXTS = {
  "zh-CN": {
    "complaintType": {
      "contract_clause": "合同条款争议",
      "service_quality": "服务质量问题",
      "claims_dispute": "理赔纠纷",
      "fraud": "欺诈行为"
    },
    "complaintSubtype": {
      "clause_misunderstood": "保单条款理解偏差",
      "claim_conditions_unmet": "理赔条件未满足",
      "poor_attitude": "态度不佳",
      "slow_handling": "处理速度慢",
      "poor_communication": "信息沟通不畅",
      "claim_amount": "理赔金额争议",
      "opaque_claim_process": "理赔流程不透明",
      "claim_documents_rejected": "理赔材料审核不通过",
      "false_declaration": "虚假申报",
      "malicious_fraud": "恶意骗保",
      "surrender_amount": "退保金额争议",
      "misleading_sales": "代理人误导销售（销售误导）",
      "exclusion_clause": "免责条款争议",
      "contract_clause_other": "其他（请说明）",
      "no_callback": "承诺回电未回电",
      "service_quality_other": "其他（请说明）",
      "claim_too_slow": "理赔时效过长",
      "claim_denied": "拒赔争议",
      "claims_dispute_other": "其他（请说明）",
      "identity_misuse": "冒用身份投保",
      "fraud_other": "其他（请说明）"
    },
    "channel": {
      "phone": "电话",
      "email": "邮件",
      "online": "网络平台",
      "letter": "信函",
      "walk_in": "现场",
      "regulator": "监管转办"
    },
    "status": {
      "open": "处理中",
      "closed": "已关闭",
      "withdrawn": "已撤诉"
    },
    "stage": {
      "intake": "投诉受理",
      "registration": "投诉登记",
      "analysis": "问题分析",
      "solution": "问题解决方案",
      "execution": "解决方案执行",
      "feedback": "解决方案反馈",
      "closure": "投诉关闭"
    },
    "sheets": {
      "summary": "汇总",
      "detail": "明细",
      "regulatory": "监管统计"
    },
    "headers": {
      "number": "投诉编号",
      "receivedAt": "受理时间",
      "type": "投诉类型",
      "subtype": "投诉子类",
      "channel": "投诉渠道",
      "customer": "客户姓名",
      "phone": "联系电话",
      "policy": "保单号",
      "demand": "客户诉求",
      "stage": "当前阶段",
      "status": "状态",
      "assignee": "处理人",
      "assigneeId": "处理人工号",
      "dueAt": "办结时限",
      "deadline": "时限状态",
      "endedAt": "办结时间",
      "satisfaction": "满意度"
    },
    "deadline": {
      "onTrack": "正常",
      "dueSoon": "即将到期",
      "overdue": "已超期",
      "suspended": "挂起中",
      "done": "已办结",
      "withdrawn": "已撤诉"
    },
    "summary": {
      "title": "投诉日报",
      "range": "统计区间",
      "asOf": "统计时间",
      "item": "项目",
      "count": "数量",
      "share": "占比",
      "received": "受理",
      "closed": "办结",
      "withdrawn": "撤诉",
      "open": "在办",
      "overdue": "超期",
      "dueSoon": "即将到期",
      "byType": "按投诉类型",
      "bySubtype": "按投诉子类",
      "byStage": "按阶段（在办）",
      "byChannel": "按渠道",
      "satisfaction": "满意度",
      "responses": "评价数",
      "average": "平均分",
      "score": "{{score}} 分",
      "decidedWithin": "{{days}} 日内办结（占期内到期，挂起不计）",
      "avgDays": "平均办结天数",
      "p90Days": "90% 办结天数"
    },
    "regulatory": {
      "title": "监管统计",
      "period": "统计期间",
      "total": "投诉总量",
      "overdue": "超期件数",
      "withdrawn": "撤诉件数",
      "per10kPolicies": "万张保单投诉量",
      "per100mYuanPremium": "亿元保费投诉量",
      "per10kInsured": "万人次投诉量",
      "policies": "保单件数",
      "premiumYuan": "保费（元）",
      "insuredPersons": "被保险人次",
      "referred": "监管转办件",
      "referredShare": "监管转办件比率",
      "notEntered": "未录入",
      "byBranch": "按分公司",
      "unknownBranch": "未知分公司"
    }
  },
  "en": {
    "complaintType": {
      "contract_clause": "Contract clause dispute",
      "service_quality": "Service quality",
      "claims_dispute": "Claims dispute",
      "fraud": "Fraud"
    },
    "complaintSubtype": {
      "clause_misunderstood": "Policy clause misunderstood",
      "claim_conditions_unmet": "Claim conditions not met",
      "poor_attitude": "Poor attitude",
      "slow_handling": "Slow handling",
      "poor_communication": "Poor communication",
      "claim_amount": "Disputed claim amount",
      "opaque_claim_process": "Opaque claim process",
      "claim_documents_rejected": "Claim documents rejected",
      "false_declaration": "False declaration",
      "malicious_fraud": "Malicious insurance fraud",
      "surrender_amount": "Disputed surrender amount",
      "misleading_sales": "Mis-selling by an agent",
      "exclusion_clause": "Disputed exclusion clause",
      "contract_clause_other": "Other (please describe)",
      "no_callback": "Promised call-back not made",
      "service_quality_other": "Other (please describe)",
      "claim_too_slow": "Claim takes too long",
      "claim_denied": "Disputed claim denial",
      "claims_dispute_other": "Other (please describe)",
      "identity_misuse": "Policy taken out in someone else's name",
      "fraud_other": "Other (please describe)"
    },
    "channel": {
      "phone": "Phone",
      "email": "Email",
      "online": "Online",
      "letter": "Letter",
      "walk_in": "In person",
      "regulator": "Referred by the regulator"
    },
    "status": {
      "open": "Open",
      "closed": "Closed",
      "withdrawn": "Withdrawn"
    },
    "stage": {
      "intake": "Intake",
      "registration": "Registration",
      "analysis": "Analysis",
      "solution": "Solution",
      "execution": "Execution",
      "feedback": "Feedback",
      "closure": "Closure"
    },
    "sheets": {
      "summary": "Summary",
      "detail": "Detail",
      "regulatory": "Regulatory"
    },
    "headers": {
      "number": "Number",
      "receivedAt": "Received",
      "type": "Type",
      "subtype": "Subtype",
      "channel": "Channel",
      "customer": "Customer",
      "phone": "Phone",
      "policy": "Policy number",
      "demand": "Demand",
      "stage": "Stage",
      "status": "Status",
      "assignee": "Handler",
      "assigneeId": "Handler no.",
      "dueAt": "Due",
      "deadline": "Deadline",
      "endedAt": "Ended",
      "satisfaction": "Satisfaction"
    },
    "deadline": {
      "onTrack": "On track",
      "dueSoon": "Due soon",
      "overdue": "Overdue",
      "suspended": "Suspended",
      "done": "Done",
      "withdrawn": "Withdrawn"
    },
    "summary": {
      "title": "Daily complaint log",
      "range": "Days",
      "asOf": "As of",
      "item": "Item",
      "count": "Count",
      "share": "Share",
      "received": "Received",
      "closed": "Closed",
      "withdrawn": "Withdrawn",
      "open": "Open",
      "overdue": "Overdue",
      "dueSoon": "Due soon",
      "byType": "By type",
      "bySubtype": "By subtype",
      "byStage": "By stage (open)",
      "byChannel": "By channel",
      "satisfaction": "Satisfaction",
      "responses": "Responses",
      "average": "Average",
      "score": "{{score}} points",
      "decidedWithin": "Decided within {{days}} days (of those due in the period, suspension excluded)",
      "avgDays": "Average days to decision",
      "p90Days": "90th percentile days to decision"
    },
    "regulatory": {
      "title": "Regulatory statistics",
      "period": "Period",
      "total": "Complaints",
      "overdue": "Overdue",
      "withdrawn": "Withdrawn",
      "per10kPolicies": "Per 10,000 policies",
      "per100mYuanPremium": "Per 100 million yuan premium",
      "per10kInsured": "Per 10,000 insured persons",
      "policies": "Policies",
      "premiumYuan": "Premium (yuan)",
      "insuredPersons": "Insured persons",
      "referred": "Referred by the regulator",
      "referredShare": "Share referred by the regulator",
      "notEntered": "Not entered",
      "byBranch": "By branch",
      "unknownBranch": "Unknown branch"
    }
  }
} as const;

export type ExportTexts = (typeof EXPORT_TEXTS)['zh-CN'];

/** Fills {{name}} placeholders. */
export const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
