<#if cloud.services?has_content>
|名称|利用の目的|取り扱う情報の区分|ISMAPクラウドサービスリストへの登録|
|---|---|---|---|
<#list cloud.services as s>
|${s.name}|${s.purpose}|<#if s.confidential>機密性２以上<#else>機密性１</#if>|<#if s.ismap>登録あり<#else>登録なし</#if>|
</#list>
<#else>
${policy.self.standard}の施行の際、利用を承認した外部サービスはない。
</#if>
