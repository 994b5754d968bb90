この基準は、${procurement.department}が所管し、毎年度、国の制度及び調達の状況を踏まえて見直すものとする。調達担当課長は、この基準により難い調達を行う場合は、あらかじめ${procurement.department}に協議しなければならない。
