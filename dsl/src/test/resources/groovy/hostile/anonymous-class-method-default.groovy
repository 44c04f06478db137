// expect: groovy-forbidden
def o = new Object() { def f(x = 'touch @CREATED@'.execute().waitFor()) { 1 } }
template('x') { version "${o.f()}" }
