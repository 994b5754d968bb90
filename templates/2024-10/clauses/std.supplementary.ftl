<#if policy.articles && policy.rule?has_content>${policy.self.standard}は、${policy.enacted}から施行する。<#else>この対策基準は、${policy.enacted}から施行する。<#if policy.version?has_content && !policy.amended && !policy.first>この対策基準（${policy.version}）の施行の日に、これまでの対策基準はその効力を失う。</#if></#if>
<#if policy.replaces?has_content>

${policy.replaces}は、廃止する。
</#if>
