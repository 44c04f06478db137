// expect: groovy-forbidden
template('x') {
    level1('a') {
        level2('b') {
            (1..2147483647).each { n -> indicator "指标${n}", target: '≥95%' }
        }
    }
}
