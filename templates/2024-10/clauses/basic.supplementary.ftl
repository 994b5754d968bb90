<#if policy.articles && policy.rule?has_content>この${policy.rule}は、${policy.enacted}から施行する。<#else>この基本方針は、${policy.enacted}から施行する。</#if><#if policy.jointAdoption>

この基本方針は、${policy.adopters}が共同で定め、それぞれの機関のサイバーセキュリティを確保するための方針とする。</#if>
