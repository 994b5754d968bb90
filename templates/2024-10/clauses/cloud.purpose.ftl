${policy.self.cloud}は、${body.self}が標準準拠システム等をガバメントクラウド上で利用するに当たり、クラウドサービスの特性を踏まえて講ずべき情報セキュリティ対策を、<#if policy.articles && policy.rule?has_content><#if policy.oneRule>${policy.basicRule}（${policy.basicNumber}）${policy.part.standard}（以下「対策基準」という。）<#else>${policy.standardRule}（${policy.standardNumber}。以下「対策基準」という。）</#if>に付け加えて定めるものとする。<#else>${body.self}の情報セキュリティ対策基準（以下「対策基準」という。）に付け加えて定めるものである。</#if>

標準準拠システム等に関する情報セキュリティ対策のうち、${policy.self.cloud}に定めのない事項については、対策基準の定めるところによる。${policy.self.cloud}と対策基準とで異なる定めがある事項については、ガバメントクラウドの利用に係るものに限り、${policy.self.cloud}の定めを優先して適用する。

統括情報セキュリティ責任者は、${policy.self.cloud}に基づき、標準準拠システム等ごとに必要な実施手順を定め、又は定めさせなければならない。
