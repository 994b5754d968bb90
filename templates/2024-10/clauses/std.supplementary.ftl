この対策基準は、${policy.effective}から施行する。<#if policy.version?has_content>この対策基準（${policy.version}）の施行の日に、これまでの対策基準はその効力を失う。</#if>
