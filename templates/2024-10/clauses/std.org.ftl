<#if !policy.definitionsArticle>
${policy.self.standard}において「職員等」とは、${body.self}の職員（会計年度任用職員、臨時的に任用された職員その他の非常勤の職員を含む。以下「職員」という。）及び${body.self}の業務に従事する派遣労働者その他の職員以外の者をいう。

${policy.self.standard}において「部局等」とは情報セキュリティ責任者が所管する組織の単位をいい、「課室等」とは情報セキュリティ管理者が所管する組織の単位をいう。
</#if>
