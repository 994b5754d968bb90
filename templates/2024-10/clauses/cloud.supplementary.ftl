<#if policy.articles && policy.rule?has_content>${policy.self.cloud}は、${policy.effectiveInDigits}から施行する。<#else>この特則は、${policy.effectiveInDigits}から施行する。</#if>
