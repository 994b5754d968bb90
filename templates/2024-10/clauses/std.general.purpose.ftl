${policy.self.standard}は、${policy.basicRule}（${policy.basicNumber}。以下「基本方針」という。）<@ref "basic.standard"/>の規定に基づき、${body.self}の情報資産を守るために職員等が守るべき事項及び講ずべき情報セキュリティ対策の基準を定めるものとする。
