${org.chiefOfficer}を、CISO直属の統括情報セキュリティ責任者とする。統括情報セキュリティ責任者は、CISOを補佐する。
