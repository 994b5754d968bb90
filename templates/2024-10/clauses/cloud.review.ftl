${policy.self.cloud}に基づく対策の評価及び見直しは、対策基準<@ref "std.review"/>の規定によるほか、次に定めるところによる。
