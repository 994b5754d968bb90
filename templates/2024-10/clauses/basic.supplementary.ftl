<#if policy.articles && (policy.rule?has_content || policy.jointAdoption)>${policy.self.basic}は、${policy.enacted}から施行する。<#else>この基本方針は、${policy.enacted}から施行する。</#if>
