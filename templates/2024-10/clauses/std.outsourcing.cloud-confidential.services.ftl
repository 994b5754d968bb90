${body.self}が機密性２以上の情報を取り扱うために利用する外部サービスは、<#list cloud.confidential as s>${s.name}（${s.purpose}）<#sep>、</#list>とする。

ここに掲げる外部サービス以外の外部サービスで機密性２以上の情報を取り扱おうとするときは、<@ref "std.outsourcing.cloud-confidential.approval"/>の規定に従い、あらかじめ承認を得なければならない。
