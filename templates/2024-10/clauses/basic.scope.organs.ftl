${policy.self.basic}が適用される行政機関は、<#list scope as organ>${organ}<#sep>、</#list>とする。<#if scope?size gt 1>これらの行政機関<#else>当該行政機関</#if>の業務を受託する事業者等に対しては、契約等により${policy.self.basic}に基づく対策の実施を求める。
