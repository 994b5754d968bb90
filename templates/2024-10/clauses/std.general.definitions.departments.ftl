部局等　<@ref "std.org.security-officers"/>に規定する情報セキュリティ責任者が所管する組織の単位をいう。
