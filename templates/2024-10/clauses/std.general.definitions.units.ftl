課室等　<@ref "std.org.security-managers"/>に規定する情報セキュリティ管理者が所管する組織の単位をいう。
