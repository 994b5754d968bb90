${policy.self.standard}は、情報セキュリティ基本方針<@ref "basic.standard"/>の規定に基づき、${body.self}の情報資産を守るために職員等が守るべき事項及び講ずべき情報セキュリティ対策の基準を定めるものとする。
