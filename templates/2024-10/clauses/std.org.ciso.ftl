${org.ciso}を、最高情報セキュリティ責任者（Chief Information Security Officer。以下「CISO」という。）とする。CISOは、${body.self}における全てのネットワーク、情報システム及び情報資産の管理並びに情報セキュリティ対策に関する最終的な権限及び責任を有する。
<#if org.cisoAdvisor?has_content>

CISOは、情報セキュリティに関する高度な専門的知識及び経験を有する${org.cisoAdvisor}を最高情報セキュリティアドバイザーとして置き、情報セキュリティ対策の立案、情報セキュリティインシデントへの対応、研修の実施等について助言を求めることができる。
</#if>
