${policy.self.basic}が適用される行政機関は、<#list scope as organ>${organ}<#sep>、</#list>とする。これらの行政機関の業務を受託する事業者等に対しては、契約等により${policy.self.basic}に基づく対策の実施を求める。
