機密性２以上の情報を取り扱うために利用する外部サービスは、この節の定めにより承認を得て、<@ref id="std.outsourcing.cloud-confidential.approval" paragraph=2/>に規定する外部サービス台帳に取り扱う情報の区分を「機密性２以上」として記録されたものに限る。
